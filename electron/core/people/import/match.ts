// Update mode (更新已登记人员): each row's ID number is looked up among the office's people. A live match
// becomes an update of the fields the file gives - a blank cell keeps the stored value unless its column is
// set to clear blanks (清空空白) - or "unchanged" when nothing would differ; any other row adds a person.
// A voided person is never revived: a row with that ID number adds a new record, with a warning saying so.
import type { ImportColumn, ImportFieldChange, PersonField } from '@core/people/contract';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';
import { cellText } from '../../spreadsheet/sheet';
import { idReversed } from '../searchKeys';
import type { NormalizedPerson } from '../validate';
import { firstRows, idsOf, inFileDuplicate, refuseRow, unreadableCells, type CheckedRow } from './check';
import { mergeCustomValues } from './customColumns';

/** The fields an update may change; the ID number is the match itself, birth date and search keys follow from it and the name. */
export const UPDATABLE_FIELDS = [
  'name',
  'gender',
  'mobile',
  'phone',
  'township',
  'village',
  'workUnit',
  'notes',
] as const;
type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

type StoredFields = { id: string; rowVersion: number; idNumber: string; customFields: string | null } & Record<
  UpdatableField,
  string | null
>;

export interface UpdateOptions {
  clearBlanks: readonly PersonField[];
}

/**
 * Marks a chunk of checked rows (as duplicateChecker does in the plain mode): ID_DUPLICATE_IN_FILE for a
 * repeated ID number, then the action of each valid row; an update row's person becomes the merged one.
 */
export function updateMatcher(
  ctx: CoreContext,
  officeCode: string,
  columns: readonly ImportColumn[],
  options: UpdateOptions,
) {
  const earlierRow = firstRows();
  const mapped = new Map(columns.flatMap((c) => (c.field === null ? [] : [[c.field, c.index] as const])));
  const clear = new Set(options.clearBlanks.filter((field) => mapped.has(field)));
  // Live people through the partial unique index on live ID numbers; voided ones (only for ID numbers not
  // found live) through the reversed-ID index: a lookup without `voided = 0` would scan the whole table.
  const lookupLive = cachedStatement(
    ctx.store.sqlite,
    `SELECT id, row_version AS rowVersion, id_number AS idNumber,
    name, gender, mobile, phone, township, village, work_unit AS workUnit, notes, custom_fields AS customFields FROM people
    WHERE office_code = ? AND voided = 0 AND id_number IN (SELECT value FROM json_each(?))`,
  );
  const lookupVoided = cachedStatement(
    ctx.store.sqlite,
    `SELECT id_number FROM people
    WHERE id_reversed IN (SELECT value FROM json_each(?)) AND office_code = ? AND voided = 1`,
  ).pluck();
  return (chunk: readonly CheckedRow[]): void => {
    const live = new Map<string, StoredFields>();
    for (const row of lookupLive.all(officeCode, idsOf(chunk)) as StoredFields[]) live.set(row.idNumber, row);
    const unmatched = chunk.flatMap((checked) =>
      checked.idNumber !== null && !live.has(checked.idNumber) ? [idReversed(checked.idNumber)] : [],
    );
    const voided = new Set(
      unmatched.length > 0 ? (lookupVoided.all(JSON.stringify(unmatched), officeCode) as string[]) : [],
    );
    for (const checked of chunk) {
      const { idNumber } = checked;
      const firstRow = idNumber === null ? undefined : earlierRow(idNumber, checked.row);
      if (firstRow !== undefined) refuseRow(checked, inFileDuplicate(firstRow));
      for (const issue of unreadableCells(columns, checked.cells)) refuseRow(checked, issue);
      if (!checked.person || idNumber === null) {
        checked.action = 'invalid';
        continue;
      }
      const stored = live.get(idNumber);
      if (!stored) {
        checked.action = 'add';
        if (voided.has(idNumber))
          checked.issues.push({ field: 'idNumber', code: 'ID_VOIDED_ADDED_AGAIN', severity: 'warning' });
        continue;
      }
      const genderCell = mapped.get('gender');
      const genderGiven = genderCell !== undefined && cellText(checked.cells[genderCell]) !== null;
      const merged = mergeFields(stored, checked.person, genderGiven, clear);
      const custom = mergeCustomValues(stored.customFields, checked.person.customFields);
      const changes = [
        ...UPDATABLE_FIELDS.filter((field) => merged[field] !== stored[field]).map((field): ImportFieldChange => ({
          field,
          from: stored[field],
          to: merged[field],
        })),
        ...custom.changes,
      ];
      checked.person = {
        ...checked.person,
        ...(merged as Pick<NormalizedPerson, UpdatableField>),
        customFields: custom.customFields,
      };
      checked.action = changes.length > 0 ? 'update' : 'unchanged';
      if (changes.length > 0) checked.update = { id: stored.id, rowVersion: stored.rowVersion, changes };
    }
  };
}

/**
 * The stored values with the file's: a value the row gives replaces the stored one; a blank keeps it, or
 * empties it when its column clears blanks. A blank gender cell means "not said": the stored gender stays
 * (cleared, it follows from the ID number, as in the form). The name is required, so always given.
 */
function mergeFields(
  stored: StoredFields,
  row: NormalizedPerson,
  genderGiven: boolean,
  clear: ReadonlySet<PersonField>,
): Record<UpdatableField, string | null> {
  const merged = {} as Record<UpdatableField, string | null>;
  for (const field of UPDATABLE_FIELDS) {
    if (field === 'gender') merged.gender = genderGiven || clear.has('gender') ? row.gender : stored.gender;
    else merged[field] = row[field] ?? (clear.has(field) ? null : stored[field]);
  }
  return merged;
}
