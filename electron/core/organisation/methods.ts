// The organisation dashboard: one read for everyone who reads the office's rosters (the city names a county).
import { z } from 'zod';
import { method, officeCode } from '@api/method';
import { VOLUNTEER_READERS } from '../volunteers/contract';
import type { OrganisationDashboard } from './contract';

export const organisationMethods = {
  'organisation.dashboard': method<OrganisationDashboard>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: VOLUNTEER_READERS,
  }),
} as const;

export type OrganisationMethodName = keyof typeof organisationMethods;
