// The training statistics, expiring list and legacy register pages in the sidebar. Everyone who sees training
// reads the statistics and the list; trainers import registers (admin sees all).
import type { Role } from '@api/roles';
import type { PageDef } from '../../app/pageDef';
import { LegacyImportPage } from './legacy/LegacyImportPage';
import { RemindersPage } from './reminders/RemindersPage';
import { StatsPage } from './stats/StatsPage';

const READERS: readonly Role[] = ['trainer', 'clerk', 'viewer', 'approver'];

export const trainingReportPages: readonly PageDef[] = [
  { id: 'training-stats', labelKey: 'nav.trainingStats', icon: 'chart', roles: READERS, component: StatsPage },
  {
    id: 'training-reminders',
    labelKey: 'nav.trainingReminders',
    icon: 'clipboard',
    roles: READERS,
    component: RemindersPage,
  },
  {
    id: 'training-legacy',
    labelKey: 'nav.trainingLegacy',
    icon: 'upload',
    roles: ['trainer'],
    office: 'county',
    component: LegacyImportPage,
  },
];
