// The organisation dashboard, under the people registry at the top of the sidebar, for everyone who reads the office's rosters.
import { VOLUNTEER_READERS } from '@core/volunteers/contract';
import type { PageDef } from '../../app/pageDef';
import { OrganisationPage } from './OrganisationPage';

export const organisationPages: readonly PageDef[] = [
  {
    id: 'organisation',
    labelKey: 'nav.organisation',
    icon: 'chart',
    roles: VOLUNTEER_READERS,
    component: OrganisationPage,
  },
];
