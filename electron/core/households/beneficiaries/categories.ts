// The office's beneficiary categories (救助对象类别): the defaults written the first time an office looks at them,
// then added, renamed, reordered, and voided once nobody is in them.
import { beneficiaryCategories } from '@db/schema';
import { DEFAULT_BENEFICIARY_CATEGORIES } from '@rules/households';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf, readOfficeOf } from '../../stock/office';
import type { BeneficiaryCategoryInput, BeneficiaryCategoryRow } from './contract';

const CATEGORIES = rowRead<BeneficiaryCategoryRow, [officeCode: string]>(
  `SELECT c.id, c.row_version AS rowVersion, c.name, c.notes, c.sort_order AS sortOrder,
     (SELECT count(*) FROM beneficiary_memberships b
      WHERE b.category_id = c.id AND b.voided = 0 AND b.to_date IS NULL) AS current
   FROM beneficiary_categories c WHERE c.office_code = ? AND c.voided = 0 ORDER BY c.sort_order, c.name`,
);
const ANY_CATEGORY = valueRead<number, [officeCode: string]>(
  'SELECT count(*) FROM beneficiary_categories WHERE office_code = ?',
);
const NAMED = valueRead<string, [officeCode: string, name: string]>(
  'SELECT id FROM beneficiary_categories WHERE office_code = ? AND name = ? AND voided = 0',
);
const LAST_ORDER = valueRead<number, [officeCode: string]>(
  'SELECT coalesce(max(sort_order), 0) FROM beneficiary_categories WHERE office_code = ? AND voided = 0',
);

/**
 * The defaults, written the first time a county office looks: categories.list is a read, so the router opens no
 * transaction and this takes its own (immediate, checked again inside), as the stock categories do. Set-up could
 * write them, but then every office's first package would carry them even if it never keeps households.
 */
function ensureDefaults(ctx: CoreContext, officeCode: string): void {
  const held = () => (ANY_CATEGORY.on(ctx.store.sqlite).get(officeCode) ?? 0) > 0;
  if (held()) return;
  const write = () => {
    if (held()) return;
    DEFAULT_BENEFICIARY_CATEGORIES.forEach((name, n) =>
      insertRecord(ctx, beneficiaryCategories, officeCode, { name, notes: null, sortOrder: (n + 1) * 10 }),
    );
  };
  if (ctx.store.sqlite.inTransaction) write();
  else ctx.store.sqlite.transaction(write).immediate();
}

export function listCategories(ctx: CoreContext, requested?: string): BeneficiaryCategoryRow[] {
  const officeCode = readOfficeOf(ctx, requested);
  if (officeCode === 'all') fail('FORBIDDEN');
  const office = officeOf(ctx);
  if (officeCode === office.code && office.role === 'county') ensureDefaults(ctx, officeCode);
  return CATEGORIES.on(ctx.store.sqlite).all(officeCode);
}

function cleanName(ctx: CoreContext, officeCode: string, name: string, self?: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) fail('BENEFICIARY_CATEGORY_NAME_REQUIRED');
  const holder = NAMED.on(ctx.store.sqlite).get(officeCode, clean);
  if (holder !== undefined && holder !== self) fail('BENEFICIARY_CATEGORY_NAME_TAKEN', { name: clean });
  return clean;
}

export function createCategory(ctx: CoreContext, input: BeneficiaryCategoryInput): BeneficiaryCategoryRow[] {
  const officeCode = officeCodeOf(ctx);
  ensureDefaults(ctx, officeCode);
  insertRecord(ctx, beneficiaryCategories, officeCode, {
    name: cleanName(ctx, officeCode, input.name),
    notes: input.notes?.trim() || null,
    sortOrder: input.sortOrder ?? (LAST_ORDER.on(ctx.store.sqlite).get(officeCode) ?? 0) + 10,
  });
  return listCategories(ctx);
}

const CATEGORIES_BY_ID = rowRead<{ id: string; officeCode: string; name: string; voided: number }, [id: string]>(
  'SELECT id, office_code AS officeCode, name, voided FROM beneficiary_categories WHERE id = ?',
);

/** A live category of this office. */
export function requireCategory(ctx: CoreContext, id: string) {
  const row = CATEGORIES_BY_ID.on(ctx.store.sqlite).get(id);
  if (!row || row.voided === 1) fail('BENEFICIARY_CATEGORY_NOT_FOUND', { id });
  requireOwnRecord(ctx, row.officeCode);
  return row;
}

export function updateCategory(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<BeneficiaryCategoryInput>,
): BeneficiaryCategoryRow[] {
  const current = requireCategory(ctx, id);
  updateRecord(
    ctx,
    beneficiaryCategories,
    id,
    {
      ...(patch.name === undefined ? {} : { name: cleanName(ctx, current.officeCode, patch.name, id) }),
      ...(patch.notes === undefined ? {} : { notes: patch.notes?.trim() || null }),
      ...(patch.sortOrder === undefined ? {} : { sortOrder: patch.sortOrder }),
    },
    rowVersion,
  );
  return listCategories(ctx);
}

export function voidCategory(ctx: CoreContext, id: string, reason: string): BeneficiaryCategoryRow[] {
  requireCategory(ctx, id);
  const held = listCategories(ctx).find((c) => c.id === id)?.current ?? 0;
  if (held > 0) fail('BENEFICIARY_CATEGORY_IN_USE', { count: held });
  voidRecord(ctx, beneficiaryCategories, id, reason);
  return listCategories(ctx);
}
