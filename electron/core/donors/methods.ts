// The 三献 donor register: the grid (a page at a time), a person's record, registrations and donations, the export
// - all for 三献管理员 only, and every read of donor records is a 'write' because it leaves an audit entry - then the
// statistics for every role and the package setting for administrators.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX, SEARCH_MAX } from '@api/limits';
import { ADMINS, isoDate, method, officeCode, optionalText, text } from '@api/method';
import { DONOR_KINDS, MATCHING_STAGES } from '@rules/donors';
import type { ExportedFile, PersonRow, PersonSaveResult } from '../people/contract';
import { personInput } from '../people/methods';
import {
  DONOR_KEEPERS,
  DONOR_SORT_COLUMNS,
  DONOR_STATS_READERS,
  type DonorDonationRow,
  type DonorPage,
  type DonorPerson,
  type DonorRegistrationRow,
  type DonorSettings,
  type DonorStats,
} from './contract';

const R = FIELD_LIMITS.donor_registrations;
const D = FIELD_LIMITS.donor_donations;
const id = z.uuid();
const rowVersion = z.number().int().min(1);
const optionalDate = isoDate.nullish();

const registrationEdit = z.object({
  registrationDate: isoDate,
  place: optionalText(R.place),
  sampleDate: optionalDate,
  initialMatchDate: optionalDate,
  highResolutionDate: optionalDate,
  medicalExamDate: optionalDate,
  registrationNumber: optionalText(R.registrationNumber),
  familyConsent: z.boolean().nullish(),
  consentBy: optionalText(R.consentBy),
  notes: optionalText(R.notes),
});
const registrationFields = registrationEdit.extend({ kind: z.enum(DONOR_KINDS) });

export const donorQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  kind: z.enum(DONOR_KINDS).optional(),
  stage: z.enum(MATCHING_STAGES).optional(),
  township: text(FIELD_LIMITS.people.township).optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  sort: z
    .array(z.object({ column: z.enum(DONOR_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }))
    .max(3)
    .optional(),
});

export const donorMethods = {
  /** The register grid's rows from `offset`; each page read is audited. */
  'donors.list': method<DonorPage>()({
    effect: 'write',
    input: donorQuery.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }),
    access: DONOR_KEEPERS,
  }),
  /** One person's registrations and donations; audited. */
  'donors.person': method<DonorPerson>()({
    effect: 'write',
    input: z.object({ personId: id, officeCode: officeCode.optional() }),
    access: DONOR_KEEPERS,
  }),
  /** People of the registry to register (name, pinyin, ID tail): the register's own person search. */
  'donors.findPeople': method<PersonRow[]>()({
    effect: 'read',
    input: z.object({ search: text(SEARCH_MAX) }),
    access: DONOR_KEEPERS,
  }),
  /** A person the registry lacks, added by the keeper to register them (audited as people.create). */
  'donors.addPerson': method<PersonSaveResult>()({
    effect: 'write',
    input: z.object({ person: personInput, acceptWarnings: z.boolean().optional() }),
    access: DONOR_KEEPERS,
  }),
  'donors.register': method<DonorRegistrationRow>()({
    effect: 'write',
    input: registrationFields.extend({ personId: id }),
    access: DONOR_KEEPERS,
  }),
  'donors.update': method<DonorRegistrationRow>()({
    effect: 'write',
    input: z.object({ id, rowVersion, patch: registrationEdit.partial() }),
    access: DONOR_KEEPERS,
  }),
  'donors.void': method<DonorRegistrationRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: DONOR_KEEPERS,
  }),
  'donors.donations.add': method<DonorDonationRow>()({
    effect: 'write',
    input: z.object({
      registrationId: id,
      donationDate: isoDate,
      amountMl: z.number().int().nullish(),
      place: optionalText(D.place),
      notes: optionalText(D.notes),
    }),
    access: DONOR_KEEPERS,
  }),
  'donors.donations.void': method<DonorDonationRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: DONOR_KEEPERS,
  }),
  /** The grid's view as .xlsx (ID numbers masked); audited with the records it holds. */
  'donors.export': method<ExportedFile>()({ effect: 'job', input: donorQuery, access: DONOR_KEEPERS }),
  /** Counts by year and kind, no personal data: every role. */
  'donors.stats': method<DonorStats>()({
    effect: 'read',
    input: z.object({ officeCode: officeCode.optional() }),
    access: DONOR_STATS_READERS,
  }),
  /** Whether the register travels to the city: administrators set it; the keepers may read it. */
  'donors.settings.get': method<DonorSettings>()({ effect: 'read', input: z.object({}), access: DONOR_KEEPERS }),
  'donors.settings.setTravel': method<DonorSettings>()({
    effect: 'write',
    input: z.object({ travelsToCity: z.boolean() }),
    access: ADMINS,
  }),
} as const;

export type DonorMethodName = keyof typeof donorMethods;
