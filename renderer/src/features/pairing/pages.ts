// The paired-assistance pages in the sidebar's 结对帮扶 section (pages.ts adds them with inGroup('relief', …)): the
// cadres and their pairings, the visit log (a household's page and its 扶贫手册 print open from there), the alerts.
import { PAIRING_READERS } from '@core/pairing/contract';
import type { PageDef } from '../../app/pageDef';
import { AlertsPage } from './alerts/AlertsPage';
import { CadresPage } from './cadres/CadresPage';
import { ALERTS_PAGE, CADRES_PAGE, VISITS_PAGE } from './routes';
import { VisitsPage } from './visits/VisitsPage';

export const pairingPages: readonly PageDef[] = [
  { id: CADRES_PAGE, labelKey: 'nav.pairingCadres', icon: 'users', roles: PAIRING_READERS, component: CadresPage },
  { id: VISITS_PAGE, labelKey: 'nav.pairingVisits', icon: 'clipboard', roles: PAIRING_READERS, component: VisitsPage },
  { id: ALERTS_PAGE, labelKey: 'nav.pairingAlerts', icon: 'bell', roles: PAIRING_READERS, component: AlertsPage },
];
