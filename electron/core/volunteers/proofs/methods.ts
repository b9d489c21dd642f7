// The service-record proof register: issue a numbered proof for a period, read one (to print), the register's
// grid, void with a reason. Clerks issue (the office that recorded the service); readers read the register.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { VOLUNTEER_CLERKS, VOLUNTEER_READERS } from '../contract';
import type { ProofPage, ProofRow } from './contract';

const P = FIELD_LIMITS.volunteer_proofs;
const id = z.uuid();

export const volunteerProofMethods = {
  'volunteers.proofs.issue': method<ProofRow>()({
    effect: 'write',
    input: z.object({
      volunteerId: id,
      periodStart: isoDate,
      periodEnd: isoDate,
      personInCharge: text(P.personInCharge).min(1),
      handler: text(P.handler).min(1),
      contact: optionalText(P.contact),
      issueDate: isoDate.optional(),
    }),
    access: VOLUNTEER_CLERKS,
  }),
  'volunteers.proofs.get': method<ProofRow>()({ effect: 'read', input: z.object({ id }), access: VOLUNTEER_READERS }),
  'volunteers.proofs.list': method<ProofPage>()({
    effect: 'read',
    input: z.object({
      year: z.number().int().min(1950).max(2199).optional(),
      volunteerId: id.optional(),
      search: text(P.number).optional(),
      includeVoided: z.boolean().optional(),
      officeCode: officeCode.optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    access: VOLUNTEER_READERS,
  }),
  'volunteers.proofs.void': method<ProofRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: VOLUNTEER_CLERKS,
  }),
} as const;

export type VolunteerProofMethodName = keyof typeof volunteerProofMethods;
