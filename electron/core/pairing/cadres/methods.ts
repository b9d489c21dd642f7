// The cadres (帮扶干部): the grid, its export, one cadre, create/edit/void. Clerks write (admins may too); the
// office's readers read; the city reads a county's cadres by its office code.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { method, officeCode, optionalText, text } from '@api/method';
import { CADRE_LEVELS } from '@rules/households';
import { recordId, rowVersion } from '../../households/roster/methods';
import type { ExportedFile } from '../../people/contract';
import { personInput } from '../../people/methods';
import { PAIRING_CLERKS, PAIRING_READERS } from '../contract';
import { CADRE_SORT_COLUMNS, type CadrePage, type CadreRow } from './contract';

const L = FIELD_LIMITS.household_cadres;
export const page = { offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) };
export const direction = z.enum(['asc', 'desc']);

const cadreFields = z.object({
  unit: text(L.unit).min(1),
  level: z.enum(CADRE_LEVELS),
  phone: optionalText(L.phone),
  notes: optionalText(L.notes),
});

const cadreQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  level: z.enum(CADRE_LEVELS).optional(),
  overloaded: z.boolean().optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  sort: z
    .array(z.object({ column: z.enum(CADRE_SORT_COLUMNS), direction }))
    .max(3)
    .optional(),
});

export const cadreMethods = {
  'pairing.cadres.list': method<CadrePage>()({
    effect: 'read',
    input: cadreQuery.extend(page),
    access: PAIRING_READERS,
  }),
  'pairing.cadres.export': method<ExportedFile>()({ effect: 'job', input: cadreQuery, access: PAIRING_READERS }),
  'pairing.cadres.get': method<CadreRow>()({
    effect: 'read',
    input: z.object({ id: recordId }),
    access: PAIRING_READERS,
  }),
  /** A person of the registry (personId) or a new one added to it first (person). */
  'pairing.cadres.create': method<CadreRow>()({
    effect: 'write',
    input: z.union([
      cadreFields.extend({ personId: recordId }),
      cadreFields.extend({ person: personInput, acceptWarnings: z.boolean().optional() }),
    ]),
    access: PAIRING_CLERKS,
  }),
  'pairing.cadres.update': method<CadreRow>()({
    effect: 'write',
    input: z.object({ id: recordId, rowVersion, patch: cadreFields.partial() }),
    access: PAIRING_CLERKS,
  }),
  /** Refused while households are paired with the cadre. */
  'pairing.cadres.void': method<CadreRow>()({
    effect: 'write',
    input: z.object({ id: recordId, reason: text(REASON_MAX).min(1) }),
    access: PAIRING_CLERKS,
  }),
} as const;

export type CadreMethodName = keyof typeof cadreMethods;
