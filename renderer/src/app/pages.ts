// The page registry: every page in the sidebar, who sees it, and what it shows. A feature adds one line.
// The role filter only hides pages; the router on the server checks every call.
import { ROLES, type Role } from '@api/roles';
import { AuditPage } from '../features/audit/AuditPage';
import { donorPages } from '../features/donors/pages';
import { InboxPage } from '../features/exchange/inbox/InboxPage';
import { OutboxPage } from '../features/exchange/outbox/OutboxPage';
import { householdPages } from '../features/households/pages';
import { KeysPage } from '../features/keys/KeysPage';
import { memberPages } from '../features/members/pages';
import { organisationPages } from '../features/organisation/pages';
import { pairingPages } from '../features/pairing/pages';
import { PeoplePage } from '../features/people/PeoplePage';
import { rescuePages } from '../features/rescue/pages';
import { SettingsPage } from '../features/settings/SettingsPage';
import { stockPages } from '../features/stock/pages';
import { trainingPages, trainingSettingsPages } from '../features/training/pages';
import { trainingReportPages } from '../features/training/reportPages';
import { UsersPage } from '../features/users/UsersPage';
import { volunteerPages } from '../features/volunteers/pages';
import type { NavGroup, PageDef } from './pageDef';

const EVERYONE: readonly Role[] = ROLES;

const inGroup = (group: NavGroup, list: readonly PageDef[]) => list.map((page) => ({ ...page, group }));

export const pages: readonly PageDef[] = [
  ...inGroup('people', [
    {
      id: 'people',
      labelKey: 'nav.people',
      icon: 'people',
      roles: ['clerk', 'viewer', 'warehouse', 'approver'],
      component: PeoplePage,
    },
    ...organisationPages,
  ]),
  ...inGroup('volunteers', volunteerPages),
  ...inGroup('members', memberPages),
  ...inGroup('rescue', rescuePages),
  ...inGroup('donors', donorPages),
  ...inGroup('relief', [...householdPages, ...pairingPages]),
  ...inGroup('stock', stockPages),
  ...inGroup('training', [...trainingPages, ...trainingReportPages, ...trainingSettingsPages]),
  ...inGroup('exchange', [
    {
      id: 'outbox',
      labelKey: 'nav.outbox',
      icon: 'upload',
      roles: ['clerk', 'approver'],
      office: 'county',
      component: OutboxPage,
    },
    {
      id: 'inbox',
      labelKey: 'nav.inbox',
      icon: 'inbox',
      roles: ['clerk', 'approver'],
      office: 'city',
      component: InboxPage,
    },
  ]),
  ...inGroup('system', [
    { id: 'users', labelKey: 'nav.users', icon: 'users', roles: ['admin'], component: UsersPage },
    { id: 'audit', labelKey: 'nav.audit', icon: 'clipboard', roles: ['admin'], component: AuditPage },
    { id: 'keys', labelKey: 'nav.keys', icon: 'key', roles: ['admin'], component: KeysPage },
    { id: 'settings', labelKey: 'nav.settings', icon: 'settings', roles: EVERYONE, component: SettingsPage },
  ]),
];

export function pageById(id: string): PageDef | undefined {
  return pages.find((page) => page.id === id);
}
