// Writes the updates of an update import as people.update does - a new row version, its change-journal row
// with the content hash, an audit entry with the fields before and after - through the record layer's
// updateRecordAt, whose statements are cached per set of changed fields (drizzle's cost ~0.7 ms a person).
// Call inside the import's transaction: a person changed or voided since the preview fails the whole import,
// naming the row (IMPORT_PERSON_CHANGED), and nothing is written.
import { people } from '@db/schema';
import { isCustomFieldKey } from '@rules/customFields';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { updateRecordAt } from '../../records/bulk';
import type { NormalizedPerson } from '../validate';
import type { CheckedRow } from './check';
import { writeImportedPeople } from './write';

export function writeUpdatedPeople(ctx: CoreContext, rows: readonly CheckedRow[]): number {
  for (const row of rows) {
    const { id, rowVersion, changes } = row.update!;
    const person = row.person!;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set: Record<string, unknown> = {};
    for (const { field, from, to } of changes) {
      before[field] = from;
      after[field] = to;
      // A custom field's change is one of the custom_fields column, written whole as merged.
      if (isCustomFieldKey(field)) set['customFields'] = person.customFields;
      else set[field] = to;
    }
    // A new name brings its search keys (not audited: they follow from the name).
    if ('name' in after) Object.assign(set, { pinyinFull: person.pinyinFull, pinyinInitials: person.pinyinInitials });
    // The values were checked as the import checks a new person (gender among GENDERS).
    if (!updateRecordAt(ctx, people, id, rowVersion, set as Partial<NormalizedPerson>))
      fail('IMPORT_PERSON_CHANGED', { row: row.row, name: person.name });
    appendAudit(ctx, { method: ctx.method, tableName: 'people', recordId: id, before, after });
  }
  return rows.length;
}

/**
 * An update import in one transaction: the updates, then the new people and the import's own audit entry
 * (with the counts). Unticked rows are left out of `kept`; when nothing is left to write, nothing is.
 */
export function writeUpdateImport(
  ctx: CoreContext,
  officeCode: string,
  all: readonly CheckedRow[],
  kept: readonly CheckedRow[],
  details: Record<string, unknown>,
) {
  const updates = kept.filter((row) => row.action === 'update');
  const adds = kept.filter((row) => row.action === 'add');
  const unchanged = all.filter((row) => row.action === 'unchanged').length;
  const skipped =
    all.filter((row) => row.action === 'update' || row.action === 'add').length - updates.length - adds.length;
  if (updates.length === 0 && adds.length === 0) return { imported: 0, updated: 0, unchanged, skipped };
  // commits in steps: a job - the sheet is read and matched first, then the updates are written here in one step.
  return ctx.store.sqlite.transaction(() => {
    const updated = writeUpdatedPeople(ctx, updates);
    const { imported } = writeImportedPeople(ctx, officeCode, adds, {
      ...details,
      update: true,
      updated,
      unchanged,
      skipped,
    });
    return { imported, updated, unchanged, skipped };
  })();
}
