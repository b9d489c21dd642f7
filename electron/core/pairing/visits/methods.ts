// The visit log (走访记录): the grid, its export, one visit as its form edits it, record/edit/void. Goods are a draft
// warehouse issue the visit creates (or an issue it links); the warehouse approves and posts it. Clerks write.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { recordId, rowVersion } from '../../households/roster/methods';
import type { ExportedFile } from '../../people/contract';
import { direction, page } from '../cadres/methods';
import { PAIRING_CLERKS, PAIRING_READERS } from '../contract';
import { VISIT_SORT_COLUMNS, type VisitDetail, type VisitPage, type VisitRow } from './contract';

const V = FIELD_LIMITS.household_visits;
const H = FIELD_LIMITS.households;
/** Up to ten million yuan, in fen. */
const moneyFen = z.number().int().min(0).max(1_000_000_000);

const visitFields = z.object({
  cadreId: recordId,
  visitDate: isoDate,
  found: optionalText(V.found),
  done: optionalText(V.done),
  moneyFen,
  acknowledged: z.boolean(),
});

const goods = z.object({
  warehouseId: recordId,
  lines: z
    .array(z.object({ itemId: recordId, lotId: recordId.nullish(), quantity: z.number().int().min(1).max(1_000_000) }))
    .min(1)
    .max(50),
});

const visitQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  householdId: recordId.optional(),
  cadreId: recordId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  township: text(H.township).optional(),
  village: text(H.village).optional(),
  withGoods: z.boolean().optional(),
  acknowledged: z.boolean().optional(),
  includeVoided: z.boolean().optional(),
  officeCode: officeCode.optional(),
  sort: z
    .array(z.object({ column: z.enum(VISIT_SORT_COLUMNS), direction }))
    .max(3)
    .optional(),
});

export const visitMethods = {
  'pairing.visits.list': method<VisitPage>()({
    effect: 'read',
    input: visitQuery.extend(page),
    access: PAIRING_READERS,
  }),
  'pairing.visits.export': method<ExportedFile>()({ effect: 'job', input: visitQuery, access: PAIRING_READERS }),
  'pairing.visits.get': method<VisitDetail>()({
    effect: 'read',
    input: z.object({ id: recordId }),
    access: PAIRING_READERS,
  }),
  'pairing.visits.create': method<VisitRow>()({
    effect: 'write',
    input: visitFields.extend({ householdId: recordId, goods: goods.nullish(), stockDocumentId: recordId.nullish() }),
    access: PAIRING_CLERKS,
  }),
  /** `goods` replaces the lines of the visit's draft issue (or adds one); null drops the draft. */
  'pairing.visits.update': method<VisitRow>()({
    effect: 'write',
    input: z.object({ id: recordId, rowVersion, patch: visitFields.partial(), goods: goods.nullish() }),
    access: PAIRING_CLERKS,
  }),
  'pairing.visits.void': method<VisitRow>()({
    effect: 'write',
    input: z.object({ id: recordId, reason: text(REASON_MAX).min(1) }),
    access: PAIRING_CLERKS,
  }),
} as const;

export type VisitMethodName = keyof typeof visitMethods;
