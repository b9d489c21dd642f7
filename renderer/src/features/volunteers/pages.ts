// The volunteer pages in the sidebar's 志愿服务 section: everyone who reads the rosters sees the roster, the
// approval list (approve buttons for approvers only), stars, proofs and the lists; clerks enter hours (admin sees all).
// At the city the roster, stars and proofs show a county's read-only; hours, approval and settings are a county's own.
import { VOLUNTEER_CLERKS, VOLUNTEER_READERS } from '@core/volunteers/contract';
import type { PageDef } from '../../app/pageDef';
import { ApprovalPage } from './approval/ApprovalPage';
import { HoursEntryPage } from './hours/HoursEntryPage';
import { ProofsPage } from './proofs/ProofsPage';
import { VolunteersPage } from './roster/VolunteersPage';
import { GroupsPage } from './settings/GroupsPage';
import { StarsPage } from './stars/StarsPage';

export const volunteerPages: readonly PageDef[] = [
  { id: 'volunteers', labelKey: 'nav.volunteers', icon: 'users', roles: VOLUNTEER_READERS, component: VolunteersPage },
  {
    id: 'volunteer-hours',
    labelKey: 'nav.volunteerHours',
    icon: 'clipboard',
    roles: VOLUNTEER_CLERKS,
    office: 'county',
    component: HoursEntryPage,
  },
  {
    id: 'volunteer-approval',
    labelKey: 'nav.volunteerApproval',
    icon: 'key',
    roles: VOLUNTEER_READERS,
    office: 'county',
    component: ApprovalPage,
  },
  {
    id: 'volunteer-stars',
    labelKey: 'nav.volunteerStars',
    icon: 'book',
    roles: VOLUNTEER_READERS,
    component: StarsPage,
  },
  {
    id: 'volunteer-proofs',
    labelKey: 'nav.volunteerProofs',
    icon: 'file',
    roles: VOLUNTEER_READERS,
    component: ProofsPage,
  },
  {
    id: 'volunteer-settings',
    labelKey: 'nav.volunteerSettings',
    icon: 'settings',
    roles: VOLUNTEER_READERS,
    office: 'county',
    component: GroupsPage,
  },
];
