// The 三献 donor register (无偿献血、造血干细胞、遗体器官捐献): a person's registrations, one live per kind, and the
// donations made under them. The most sensitive records an office keeps: only 三献管理员 reads them
// (rules/roles.ts maySeeDonors), and they travel upward only while the office's setting says so. Records are voided
// with a reason, never deleted.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DONOR_KINDS } from '../../rules/donors';
import { recordColumns } from './record';

export const donorRegistrations = sqliteTable(
  'donor_registrations',
  {
    ...recordColumns(),
    personId: text('person_id').notNull(),
    kind: text('kind', { enum: DONOR_KINDS }).notNull(),
    registrationDate: text('registration_date').notNull(),
    place: text('place'),
    /** Stem cells: 入库血样 and the matching steps 初配, 高分辨, 体检 (捐献 is the donation record). */
    sampleDate: text('sample_date'),
    initialMatchDate: text('initial_match_date'),
    highResolutionDate: text('high_resolution_date'),
    medicalExamDate: text('medical_exam_date'),
    /** Organ and body donation: the registration number, the family's consent (yes / no) and who gave it. */
    registrationNumber: text('registration_number'),
    familyConsent: integer('family_consent', { mode: 'boolean' }),
    consentBy: text('consent_by'),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('donor_registrations_person_kind_live')
      .on(t.officeCode, t.personId, t.kind)
      .where(sql`voided = 0`),
    index('donor_registrations_person').on(t.personId),
    index('donor_registrations_kind').on(t.officeCode, t.voided, t.kind, t.registrationDate),
  ],
);

/** A donation made under a registration (its kind); blood with its amount in millilitres. */
export const donorDonations = sqliteTable(
  'donor_donations',
  {
    ...recordColumns(),
    registrationId: text('registration_id').notNull(),
    donationDate: text('donation_date').notNull(),
    amountMl: integer('amount_ml'),
    place: text('place'),
    notes: text('notes'),
  },
  (t) => [
    index('donor_donations_registration').on(t.registrationId, t.voided, t.donationDate),
    index('donor_donations_date').on(t.officeCode, t.voided, t.donationDate),
  ],
);

/** The office's register settings (one live row): whether the register travels in the packages to the city. */
export const donorSettings = sqliteTable('donor_settings', {
  ...recordColumns(),
  travelsToCity: integer('travels_to_city', { mode: 'boolean' }).notNull().default(false),
});
