// The warehouse's pages in the sidebar: keepers, approvers and readers see them (admin sees all).
import type { Role } from '@api/roles';
import type { PageDef } from '../../app/pageDef';
import { CampaignsPage } from './campaigns/CampaignsPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { DocumentsPage } from './documents/DocumentsPage';
import { OnHandPage } from './onhand/OnHandPage';
import { DisclosurePage } from './reports/DisclosurePage';
import { SetupPage } from './setup/SetupPage';

const WAREHOUSE: readonly Role[] = ['warehouse', 'approver', 'viewer'];

export const stockPages: readonly PageDef[] = [
  { id: 'stock-dashboard', labelKey: 'nav.stockDashboard', icon: 'chart', roles: WAREHOUSE, component: DashboardPage },
  { id: 'stock-documents', labelKey: 'nav.stockDocuments', icon: 'file', roles: WAREHOUSE, component: DocumentsPage },
  { id: 'stock-on-hand', labelKey: 'nav.stockOnHand', icon: 'box', roles: WAREHOUSE, component: OnHandPage },
  { id: 'stock-campaigns', labelKey: 'nav.stockCampaigns', icon: 'gift', roles: WAREHOUSE, component: CampaignsPage },
  {
    id: 'stock-disclosure',
    labelKey: 'nav.stockDisclosure',
    icon: 'clipboard',
    roles: WAREHOUSE,
    component: DisclosurePage,
  },
  { id: 'stock-setup', labelKey: 'nav.stockSetup', icon: 'book', roles: WAREHOUSE, component: SetupPage },
];
