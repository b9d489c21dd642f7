// Who is a beneficiary: a person or a household in a category from a date to a date. The same one may be in several
// categories, but in one category only once at a time; an ended membership is kept.
import { beneficiaryMemberships } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { requireLiveHousehold, requireNotBefore, requirePerson } from '../guards';
import { getHouseholdRow } from '../roster/query';
import { requireCategory } from './categories';
import type { BeneficiaryAddInput, BeneficiaryRow } from './contract';

const COLUMNS = `b.id, b.row_version AS rowVersion, b.category_id AS categoryId, c.name AS categoryName,
  b.person_id AS personId, b.household_id AS householdId, b.from_date AS fromDate, b.to_date AS toDate, b.notes
  FROM beneficiary_memberships b JOIN beneficiary_categories c ON c.id = b.category_id`;
const OF_PERSON = rowRead<BeneficiaryRow, [personId: string]>(
  `SELECT ${COLUMNS} WHERE b.person_id = ? AND b.voided = 0 ORDER BY b.to_date IS NULL DESC, b.from_date DESC`,
);
const OF_HOUSEHOLD = rowRead<BeneficiaryRow, [householdId: string]>(
  `SELECT ${COLUMNS} WHERE b.household_id = ? AND b.voided = 0 ORDER BY b.to_date IS NULL DESC, b.from_date DESC`,
);
const ONE = rowRead<BeneficiaryRow & { officeCode: string; voided: number }, [id: string]>(
  `SELECT b.office_code AS officeCode, b.voided, ${COLUMNS} WHERE b.id = ?`,
);
const OPEN_IN_CATEGORY = valueRead<number, [categoryId: string, personId: string | null, householdId: string | null]>(
  `SELECT count(*) FROM beneficiary_memberships WHERE category_id = ? AND voided = 0 AND to_date IS NULL
   AND person_id IS ? AND household_id IS ?`,
);

export function beneficiariesOf(ctx: CoreContext, of: { personId: string } | { householdId: string }) {
  if ('householdId' in of) {
    getHouseholdRow(ctx, of.householdId);
    return OF_HOUSEHOLD.on(ctx.store.sqlite).all(of.householdId);
  }
  return OF_PERSON.on(ctx.store.sqlite).all(of.personId);
}

export function addBeneficiary(ctx: CoreContext, input: BeneficiaryAddInput): BeneficiaryRow[] {
  const category = requireCategory(ctx, input.categoryId);
  const personId = input.personId ?? null;
  const householdId = input.householdId ?? null;
  if ((personId === null) === (householdId === null)) fail('BENEFICIARY_TARGET_ONE');
  if (personId !== null) requirePerson(ctx, category.officeCode, personId);
  else requireLiveHousehold(ctx, householdId!);
  if (input.toDate) requireNotBefore(input.toDate, input.fromDate);
  if (!input.toDate && (OPEN_IN_CATEGORY.on(ctx.store.sqlite).get(category.id, personId, householdId) ?? 0) > 0)
    fail('BENEFICIARY_ALREADY_IN', { category: category.name });
  insertRecord(ctx, beneficiaryMemberships, category.officeCode, {
    categoryId: category.id,
    personId,
    householdId,
    fromDate: input.fromDate,
    toDate: input.toDate ?? null,
    notes: input.notes?.trim() || null,
  });
  return beneficiariesOf(ctx, personId !== null ? { personId } : { householdId: householdId! });
}

function requireMembership(ctx: CoreContext, id: string) {
  const row = ONE.on(ctx.store.sqlite).get(id) ?? fail('BENEFICIARY_NOT_FOUND', { id });
  requireOwnRecord(ctx, row.officeCode);
  return row;
}

const ownerOf = (row: BeneficiaryRow) =>
  row.personId !== null ? { personId: row.personId } : { householdId: row.householdId! };

export function endBeneficiary(ctx: CoreContext, id: string, rowVersion: number, toDate: string): BeneficiaryRow[] {
  const row = requireMembership(ctx, id);
  if (row.toDate !== null) fail('BENEFICIARY_ENDED', { toDate: row.toDate });
  requireNotBefore(toDate, row.fromDate);
  updateRecord(ctx, beneficiaryMemberships, id, { toDate }, rowVersion);
  return beneficiariesOf(ctx, ownerOf(row));
}

export function voidBeneficiary(ctx: CoreContext, id: string, reason: string): BeneficiaryRow[] {
  const row = requireMembership(ctx, id);
  voidRecord(ctx, beneficiaryMemberships, id, reason);
  return beneficiariesOf(ctx, ownerOf(row));
}
