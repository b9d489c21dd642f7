// The 三献 pages in their own sidebar section, folded at first (the sidebar fits 768 px): the register for 三献管理员 only (an admin without the role does not see it), the
// statistics - counts, no personal data - for everyone.
import { DONOR_KEEPERS, DONOR_STATS_READERS } from '@core/donors/contract';
import { maySeeDonors } from '@rules/roles';
import type { PageDef } from '../../app/pageDef';
import { DonorsPage } from './register/DonorsPage';
import { DonorStatsPage } from './stats/DonorStatsPage';

export const donorPages: readonly PageDef[] = [
  {
    id: 'donors',
    labelKey: 'nav.donors',
    icon: 'cross',
    roles: DONOR_KEEPERS,
    requires: maySeeDonors,
    component: DonorsPage,
  },
  {
    id: 'donor-stats',
    labelKey: 'nav.donorStats',
    icon: 'chart',
    roles: DONOR_STATS_READERS,
    component: DonorStatsPage,
  },
];
