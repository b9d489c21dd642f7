// The warehouse's pages in the sidebar: keepers, approvers and readers see them (admin sees all).
import type { Role } from '../../../../electron/api/roles';
import type { PageDef } from '../../app/pages';
import { DocumentsPage } from './documents/DocumentsPage';
import { OnHandPage } from './onhand/OnHandPage';
import { SetupPage } from './setup/SetupPage';

const WAREHOUSE: readonly Role[] = ['warehouse', 'approver', 'viewer'];

export const stockPages: readonly PageDef[] = [
  { id: 'stock-documents', labelKey: 'nav.stockDocuments', icon: 'file', roles: WAREHOUSE, component: DocumentsPage },
  { id: 'stock-on-hand', labelKey: 'nav.stockOnHand', icon: 'box', roles: WAREHOUSE, component: OnHandPage },
  { id: 'stock-setup', labelKey: 'nav.stockSetup', icon: 'book', roles: WAREHOUSE, component: SetupPage },
];
