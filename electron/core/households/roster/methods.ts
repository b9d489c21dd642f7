// The household register: the grid (a page at a time), one household with its members, create/edit/void.
// Clerks write (admins may too); the office's readers read.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES, POVERTY_STATUSES } from '@rules/households';
import { customFieldKey, customMatch } from '../../../api/columnFilters';
import { customValuesInput } from '../../customFields/methods';
import type { ExportedFile } from '../../people/contract';
import { personInput } from '../../people/methods';
import { HOUSEHOLD_CLERKS, HOUSEHOLD_READERS } from '../contract';
import { HOUSEHOLD_SORT_COLUMNS, type HouseholdDetail, type HouseholdFacets, type HouseholdPage } from './contract';

const L = FIELD_LIMITS.households;
export const recordId = z.uuid();
export const rowVersion = z.number().int().min(1);

const householdFields = z.object({
  number: optionalText(L.number),
  attribute: z.enum(HOUSEHOLD_ATTRIBUTES),
  township: optionalText(L.township),
  village: optionalText(L.village),
  villageGroup: optionalText(L.villageGroup),
  address: optionalText(L.address),
  phone: optionalText(L.phone),
  notes: optionalText(L.notes),
  customFields: customValuesInput,
});

/** One value, or several (any of them). */
const oneOrMore = <T extends z.ZodType>(value: T) => z.union([value, z.array(value).min(1).max(200)]);

export const householdQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  township: oneOrMore(text(L.township)).optional(),
  village: oneOrMore(text(L.village)).optional(),
  villageGroup: text(L.villageGroup).optional(),
  attribute: oneOrMore(z.enum(HOUSEHOLD_ATTRIBUTES)).optional(),
  povertyStatus: oneOrMore(z.enum(POVERTY_STATUSES)).optional(),
  mainCause: oneOrMore(z.enum(POVERTY_CAUSES)).optional(),
  categoryId: oneOrMore(recordId).optional(),
  customFilters: z
    .array(z.object({ key: customFieldKey, match: customMatch }))
    .max(50)
    .optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  sort: z
    .array(
      z.object({
        column: z.union([z.enum(HOUSEHOLD_SORT_COLUMNS), customFieldKey]),
        direction: z.enum(['asc', 'desc']),
      }),
    )
    .max(3)
    .optional(),
});

export const householdRosterMethods = {
  /** The grid's rows from `offset` (an infinite row model asks page after page). */
  'households.list': method<HouseholdPage>()({
    effect: 'read',
    input: householdQuery.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }),
    access: HOUSEHOLD_READERS,
  }),
  /** The grid's view (search, filters, sort) as an .xlsx list, ID numbers masked as the grid masks them. */
  'households.export': method<ExportedFile>()({ effect: 'read', input: householdQuery, access: HOUSEHOLD_READERS }),
  /** The townships and villages the office's households are in (the grid's and the campaign's choice lists). */
  'households.facets': method<HouseholdFacets>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: HOUSEHOLD_READERS,
  }),
  /** One household with its members now and those who left. */
  'households.get': method<HouseholdDetail>()({
    effect: 'read',
    input: z.object({ id: recordId }),
    access: HOUSEHOLD_READERS,
  }),
  /** A head of the registry (headPersonId) or a new person added to it first (head); the head joins as 本人. */
  'households.create': method<HouseholdDetail>()({
    effect: 'write',
    input: z.union([
      householdFields.extend({ fromDate: isoDate, headPersonId: recordId }),
      householdFields.extend({ fromDate: isoDate, head: personInput, acceptWarnings: z.boolean().optional() }),
    ]),
    access: HOUSEHOLD_CLERKS,
  }),
  'households.update': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({ id: recordId, rowVersion, patch: householdFields.partial() }),
    access: HOUSEHOLD_CLERKS,
  }),
  /** A household entered by mistake: it and its memberships are voided, so its people may join another. */
  'households.void': method<HouseholdDetail>()({
    effect: 'write',
    input: z.object({ id: recordId, reason: text(REASON_MAX).min(1) }),
    access: HOUSEHOLD_CLERKS,
  }),
} as const;

export type HouseholdRosterMethodName = keyof typeof householdRosterMethods;
