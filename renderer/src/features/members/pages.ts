// The member pages in the sidebar's 红十字会组织 section: everyone who reads the rosters sees the roster, the lists
// to call and the dues caps (an administrator edits them); clerks collect dues (admin sees all). At the city the
// roster and the lists show a county's read-only; dues and their caps are a county's own.
import { MEMBER_CLERKS, MEMBER_READERS } from '@core/members/contract';
import type { PageDef } from '../../app/pageDef';
import { DuesPage } from './dues/DuesPage';
import { MemberListsPage } from './lists/MemberListsPage';
import { MembersPage } from './roster/MembersPage';
import { DuesCapsPage } from './settings/DuesCapsPage';

export const memberPages: readonly PageDef[] = [
  { id: 'members', labelKey: 'nav.members', icon: 'people', roles: MEMBER_READERS, component: MembersPage },
  {
    id: 'member-dues',
    labelKey: 'nav.memberDues',
    icon: 'gift',
    roles: MEMBER_CLERKS,
    office: 'county',
    component: DuesPage,
  },
  {
    id: 'member-lists',
    labelKey: 'nav.memberLists',
    icon: 'clipboard',
    roles: MEMBER_READERS,
    component: MemberListsPage,
  },
  {
    id: 'member-settings',
    labelKey: 'nav.memberSettings',
    icon: 'settings',
    roles: MEMBER_READERS,
    office: 'county',
    component: DuesCapsPage,
  },
];
