// Donations made under a registration (its kind): blood with its millilitres, a stem-cell donation after the
// medical examination, an organ or body donation once. Recorded and voided with a reason, never edited in place.
import { donorDonations } from '@db/schema';
import { BLOOD_AMOUNT_MAX_ML, checkDonation, donatesOnce } from '@rules/donors';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead } from '../records/reads';
import { insertRecord, requireOwnRecord, voidRecord } from '../records/write';
import { localToday } from '../stock/office';
import type { DonationInput, DonorDonationRow } from './contract';
import { getRegistration } from './query';

type StoredDonation = Omit<DonorDonationRow, 'voided'> & { voided: number };

const DONATION_COLUMNS = `d.id, d.office_code AS officeCode, d.row_version AS rowVersion,
  d.registration_id AS registrationId, r.kind, d.donation_date AS donationDate, d.amount_ml AS amountMl, d.place,
  d.notes, d.created_at AS createdAt, d.created_by AS createdBy, d.voided, d.void_reason AS voidReason
  FROM donor_donations d JOIN donor_registrations r ON r.id = d.registration_id`;

const ONE = rowRead<StoredDonation, [id: string]>(`SELECT ${DONATION_COLUMNS} WHERE d.id = ?`);
const OF_PERSON = rowRead<StoredDonation, [personId: string]>(
  `SELECT ${DONATION_COLUMNS} WHERE r.person_id = ? ORDER BY d.voided, d.donation_date DESC, d.rowid DESC`,
);

const toRow = (stored: StoredDonation): DonorDonationRow => ({ ...stored, voided: stored.voided === 1 });

export function getDonation(ctx: CoreContext, id: string): DonorDonationRow {
  const stored = ONE.on(ctx.store.sqlite).get(id);
  return stored ? toRow(stored) : fail('DONOR_DONATION_NOT_FOUND', { id });
}

/** A person's donations under any of their registrations, newest first, voided ones last. */
export function donationsOf(ctx: CoreContext, personId: string): DonorDonationRow[] {
  return OF_PERSON.on(ctx.store.sqlite).all(personId).map(toRow);
}

export function addDonation(ctx: CoreContext, input: DonationInput): DonorDonationRow {
  const registration = getRegistration(ctx, input.registrationId);
  requireOwnRecord(ctx, registration.officeCode);
  if (registration.voided) fail('DONOR_REGISTRATION_VOIDED', { id: registration.id });
  if (donatesOnce(registration.kind) && registration.donations > 0) fail('DONOR_DONATED_ONCE');
  const amountMl = input.amountMl ?? null;
  const check = checkDonation(registration.kind, { ...input, amountMl }, registration, localToday(ctx));
  if (!check.ok) fail(check.code, { field: check.field, max: BLOOD_AMOUNT_MAX_ML });
  const row = insertRecord(ctx, donorDonations, registration.officeCode, {
    registrationId: registration.id,
    donationDate: input.donationDate,
    amountMl,
    place: input.place?.trim() || null,
    notes: input.notes?.trim() || null,
  });
  return getDonation(ctx, row.id);
}

export function voidDonation(ctx: CoreContext, id: string, reason: string): DonorDonationRow {
  const current = getDonation(ctx, id);
  if (current.voided) fail('RECORD_VOIDED', { id });
  voidRecord(ctx, donorDonations, id, reason);
  return getDonation(ctx, id);
}
