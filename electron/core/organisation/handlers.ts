// The organisation dashboard -> core.
import type { HandlersFor } from '../handler';
import { organisationDashboard } from './dashboard';
import type { OrganisationMethodName } from './methods';

export const organisationHandlers: HandlersFor<OrganisationMethodName> = {
  'organisation.dashboard': (ctx, input) => organisationDashboard(ctx, input.officeCode),
};
