// The rescue-team pages in the sidebar's 应急救援队 section: the teams (each team's
// page, drill entry and call-out list open from there) and the settings of team types and roles (a county's own;
// the city reads a county's teams read-only).
import { RESCUE_READERS } from '@core/rescue/contract';
import type { PageDef } from '../../app/pageDef';
import { RescueSettingsPage } from './settings/RescueSettingsPage';
import { TeamsPage } from './teams/TeamsPage';

export const rescuePages: readonly PageDef[] = [
  { id: 'rescue-teams', labelKey: 'nav.rescueTeams', icon: 'cross', roles: RESCUE_READERS, component: TeamsPage },
  {
    id: 'rescue-settings',
    labelKey: 'nav.rescueSettings',
    icon: 'settings',
    roles: RESCUE_READERS,
    office: 'county',
    component: RescueSettingsPage,
  },
];
