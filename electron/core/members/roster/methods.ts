// The member roster: the grid (a page at a time), one member and its history, create/edit/status change/void, and
// the office's figures. Clerks write (admins may too); everyone who reads the office's rosters reads.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import { MEMBER_KINDS, MEMBER_STATUSES } from '@rules/members';
import { customFieldKey, customMatch } from '../../../api/columnFilters';
import { customValuesInput } from '../../customFields/methods';
import type { ExportedFile } from '../../people/contract';
import { personInput } from '../../people/methods';
import { MEMBER_CLERKS, MEMBER_READERS } from '../contract';
import {
  MEMBER_SORT_COLUMNS,
  type MemberFacets,
  type MemberPage,
  type MemberRow,
  type MemberStats,
  type MemberStatusChange,
} from './contract';

const L = FIELD_LIMITS.members;
const id = z.uuid();
const rowVersion = z.number().int().min(1);

const memberFields = z.object({
  cardNumber: optionalText(L.cardNumber),
  joinDate: isoDate,
  approvingUnit: optionalText(L.approvingUnit),
  unitName: optionalText(L.unitName),
  creditCode: optionalText(L.creditCode),
  headcount: z.number().int().min(1).max(10_000_000).nullish(),
  contactName: optionalText(L.contactName),
  contactPhone: optionalText(L.contactPhone),
  school: optionalText(L.school),
  className: optionalText(L.className),
  notes: optionalText(L.notes),
  customFields: customValuesInput,
});

export const memberQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  kind: z.enum(MEMBER_KINDS).optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  standing: z.literal('dueSoon').optional(),
  duesPaid: z.object({ year: z.number().int().min(1950).max(2200), paid: z.boolean() }).optional(),
  school: text(L.school).optional(),
  className: text(L.className).optional(),
  unit: text(L.unitName).optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  customFilters: z
    .array(z.object({ key: customFieldKey, match: customMatch }))
    .max(20)
    .optional(),
  sort: z
    .array(
      z.object({ column: z.union([z.enum(MEMBER_SORT_COLUMNS), customFieldKey]), direction: z.enum(['asc', 'desc']) }),
    )
    .max(3)
    .optional(),
});

const personKind = z.enum(['individual', 'youth']);

export const memberRosterMethods = {
  /** The roster grid's rows from `offset` (an infinite row model asks page after page). */
  'members.list': method<MemberPage>()({
    effect: 'read',
    input: memberQuery.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }),
    access: MEMBER_READERS,
  }),
  /** The grid's current view as an .xlsx file (ID numbers masked as the grid masks them). */
  'members.export': method<ExportedFile>()({ effect: 'read', input: memberQuery, access: MEMBER_READERS }),
  /** The schools and classes of the youth members, and the units, for a collection by class or unit. */
  'members.facets': method<MemberFacets>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: MEMBER_READERS,
  }),
  'members.get': method<MemberRow>()({ effect: 'read', input: z.object({ id }), access: MEMBER_READERS }),
  'members.history': method<MemberStatusChange[]>()({
    effect: 'read',
    input: z.object({ id }),
    access: MEMBER_READERS,
  }),
  /** A unit, or a person of the registry (personId), or a new person added to the registry first (person). */
  'members.create': method<MemberRow>()({
    effect: 'write',
    input: z.union([
      memberFields.extend({ kind: z.literal('group') }),
      memberFields.extend({ kind: personKind, personId: id }),
      memberFields.extend({ kind: personKind, person: personInput, acceptWarnings: z.boolean().optional() }),
    ]),
    access: MEMBER_CLERKS,
  }),
  'members.update': method<MemberRow>()({
    effect: 'write',
    input: z.object({ id, rowVersion, patch: memberFields.partial() }),
    access: MEMBER_CLERKS,
  }),
  /** 有效 / 失效 / 退会 / 转出, kept in the history; 转出 names where to (a transfer, not a new membership). */
  'members.setStatus': method<MemberRow>()({
    effect: 'write',
    input: z.object({
      id,
      rowVersion,
      status: z.enum(MEMBER_STATUSES),
      date: isoDate,
      reason: optionalText(REASON_MAX),
      transferTo: optionalText(FIELD_LIMITS.member_status_changes.transferTo),
    }),
    access: MEMBER_CLERKS,
  }),
  'members.void': method<MemberRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: MEMBER_CLERKS,
  }),
  /** Live members by kind, and how many have lapsed. */
  'members.stats': method<MemberStats>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: MEMBER_READERS,
  }),
} as const;

export type MemberRosterMethodName = keyof typeof memberRosterMethods;
