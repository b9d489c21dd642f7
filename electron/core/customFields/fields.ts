// An office's custom field definitions: read (own office, or in the city a county's), added with the next
// key of the roster, edited, hidden. Records and their values are read by each roster through visibleFields.
import { customFields } from '@db/schema';
import { CUSTOM_FIELDS_PER_ROSTER, nextCustomFieldKey, type CustomFieldRoster } from '@rules/customFields';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { rowRead, valueRead } from '../records/reads';
import { insertRecord, updateRecord } from '../records/write';
import { officeCodeOf, readOfficeOf } from '../stock/office';
import type { CustomFieldInput, CustomFieldPatch, CustomFieldRow } from './contract';
import { syncCustomFieldIndexes } from './indexes';

type StoredField = Pick<
  typeof customFields.$inferSelect,
  'id' | 'rowVersion' | 'officeCode' | 'roster' | 'key' | 'labelZh' | 'labelEn' | 'type' | 'choices' | 'sortOrder'
> & { required: number; inGrid: number; hidden: number };

const FIELD_SQL = `SELECT id, row_version AS rowVersion, office_code AS officeCode, roster, key, label_zh AS labelZh,
  label_en AS labelEn, type, choices, required, in_grid AS inGrid, hidden, sort_order AS sortOrder FROM custom_fields`;

const FIELDS = rowRead<StoredField, [officeCode: string, roster: string]>(
  `${FIELD_SQL} WHERE office_code = ? AND roster = ? AND voided = 0 ORDER BY hidden, sort_order, rowid`,
);
const FIELD = rowRead<StoredField, [id: string]>(`${FIELD_SQL} WHERE id = ?`);
const KEYS = valueRead<string, [officeCode: string, roster: string]>(
  'SELECT key FROM custom_fields WHERE office_code = ? AND roster = ?',
);

function toField(row: StoredField): CustomFieldRow {
  return {
    ...row,
    choices: JSON.parse(row.choices) as string[],
    required: row.required === 1,
    inGrid: row.inGrid === 1,
    hidden: row.hidden === 1,
  };
}

/** Every field of an office's roster, visible first in their order. */
export function officeFields(ctx: CoreContext, officeCode: string, roster: CustomFieldRoster): CustomFieldRow[] {
  return FIELDS.on(ctx.store.sqlite).all(officeCode, roster).map(toField);
}

export function listCustomFields(
  ctx: CoreContext,
  roster: CustomFieldRoster,
  options: { officeCode?: string; includeHidden?: boolean } = {},
): CustomFieldRow[] {
  const office = readOfficeOf(ctx, options.officeCode);
  const fields = officeFields(ctx, office === 'all' ? officeCodeOf(ctx) : office, roster);
  return options.includeHidden ? fields : fields.filter((f) => !f.hidden);
}

/** The visible fields of an office's roster: the ones a save or an import fills and checks. */
export function visibleFields(ctx: CoreContext, officeCode: string, roster: CustomFieldRoster): CustomFieldRow[] {
  return officeFields(ctx, officeCode, roster).filter((f) => !f.hidden);
}

function findField(ctx: CoreContext, id: string): CustomFieldRow {
  const row = FIELD.on(ctx.store.sqlite).get(id);
  return row ? toField(row) : fail('CUSTOM_FIELD_NOT_FOUND', { id });
}

/** Choices trimmed, without blanks or repeats, in the order given. */
const cleanChoices = (choices: readonly string[]) => [...new Set(choices.map((c) => c.trim()).filter(Boolean))];

function cleanLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const text = label.replace(/\s+/g, ' ').trim();
  return text === '' ? fail('CUSTOM_FIELD_LABEL_REQUIRED') : text;
}

/** Two visible fields of a roster may not share a label: the import maps a column by it. */
function refuseLabelTaken(ctx: CoreContext, field: Pick<CustomFieldRow, 'roster' | 'labelZh' | 'labelEn' | 'id'>) {
  const labels = [field.labelZh, field.labelEn].map((l) => l.toLowerCase());
  const other = officeFields(ctx, officeCodeOf(ctx), field.roster).find(
    (f) => f.id !== field.id && !f.hidden && [f.labelZh, f.labelEn].some((l) => labels.includes(l.toLowerCase())),
  );
  if (other) fail('CUSTOM_FIELD_LABEL_TAKEN', { label: other.labelZh });
}

function refuseNoChoices(type: string, choices: readonly string[]) {
  if (type === 'choice' && choices.length === 0) fail('CUSTOM_FIELD_CHOICES_REQUIRED');
}

export function createCustomField(ctx: CoreContext, input: CustomFieldInput): CustomFieldRow {
  const officeCode = officeCodeOf(ctx);
  const existing = officeFields(ctx, officeCode, input.roster);
  if (existing.length >= CUSTOM_FIELDS_PER_ROSTER) fail('CUSTOM_FIELD_TOO_MANY', { max: CUSTOM_FIELDS_PER_ROSTER });
  const choices = input.type === 'choice' ? cleanChoices(input.choices ?? []) : [];
  refuseNoChoices(input.type, choices);
  const labelZh = cleanLabel(input.labelZh)!;
  const labelEn = cleanLabel(input.labelEn)!;
  refuseLabelTaken(ctx, { id: '', roster: input.roster, labelZh, labelEn });
  const row = insertRecord(ctx, customFields, officeCode, {
    roster: input.roster,
    key: nextCustomFieldKey(KEYS.on(ctx.store.sqlite).all(officeCode, input.roster)),
    labelZh,
    labelEn,
    type: input.type,
    choices: JSON.stringify(choices),
    required: input.required ?? false,
    inGrid: input.inGrid ?? false,
    hidden: false,
    sortOrder: input.sortOrder ?? Math.max(0, ...existing.map((f) => f.sortOrder)) + 1,
  });
  syncCustomFieldIndexes(ctx, input.roster);
  return findField(ctx, row.id);
}

export function updateCustomField(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: CustomFieldPatch,
): CustomFieldRow {
  const current = findField(ctx, id);
  const choices = patch.choices && current.type === 'choice' ? cleanChoices(patch.choices) : undefined;
  if (choices) refuseNoChoices(current.type, choices);
  const labelZh = cleanLabel(patch.labelZh);
  const labelEn = cleanLabel(patch.labelEn);
  const next = { ...current, ...(labelZh ? { labelZh } : {}), ...(labelEn ? { labelEn } : {}) };
  if (!(patch.hidden ?? current.hidden)) refuseLabelTaken(ctx, next);
  updateRecord(
    ctx,
    customFields,
    id,
    {
      labelZh,
      labelEn,
      choices: choices && JSON.stringify(choices),
      required: patch.required,
      inGrid: patch.inGrid,
      hidden: patch.hidden,
      sortOrder: patch.sortOrder,
    },
    rowVersion,
  );
  syncCustomFieldIndexes(ctx, current.roster);
  return findField(ctx, id);
}
