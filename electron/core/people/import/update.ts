// Writes the updates of an update import through the record layer, as people.update does: a new row version,
// its change-journal row with the content hash, and an audit entry with the fields before and after. Call
// inside the import's transaction: a person changed or voided since the preview fails the whole import,
// naming the row (IMPORT_PERSON_CHANGED), and nothing is written.
import { people } from '../../../../db/schema';
import type { CoreContext } from '../../context';
import { AppError, fail } from '../../errors';
import { updateRecord } from '../../records/write';
import type { NormalizedPerson } from '../validate';
import type { CheckedRow } from './check';
import { writeImportedPeople } from './write';

/** The changed fields of a merged person; a new name brings its search keys. */
function patchOf(row: CheckedRow): Partial<NormalizedPerson> {
  const person = row.person!;
  const patch: Record<string, unknown> = {};
  for (const { field } of row.update!.changes) patch[field] = person[field as keyof NormalizedPerson];
  if ('name' in patch) Object.assign(patch, { pinyinFull: person.pinyinFull, pinyinInitials: person.pinyinInitials });
  return patch as Partial<NormalizedPerson>;
}

export function writeUpdatedPeople(ctx: CoreContext, rows: readonly CheckedRow[]): number {
  for (const row of rows) {
    const { id, rowVersion } = row.update!;
    try {
      updateRecord<NormalizedPerson>(ctx, people, id, patchOf(row), rowVersion);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'RECORD_CHANGED' || error.code === 'RECORD_VOIDED')) {
        fail('IMPORT_PERSON_CHANGED', { row: row.row, name: row.person!.name });
      }
      throw error;
    }
  }
  return rows.length;
}

/**
 * An update import in one transaction: the updates, then the new people and the import's own audit entry
 * (with the counts). Unticked rows are left out of `kept`; when nothing is left to write, nothing is.
 */
export function writeUpdateImport(ctx: CoreContext, officeCode: string, all: readonly CheckedRow[], kept: readonly CheckedRow[],
  details: Record<string, unknown>) {
  const updates = kept.filter((row) => row.action === 'update');
  const adds = kept.filter((row) => row.action === 'add');
  const unchanged = all.filter((row) => row.action === 'unchanged').length;
  const skipped = all.filter((row) => row.action === 'update' || row.action === 'add').length - updates.length - adds.length;
  if (updates.length === 0 && adds.length === 0) return { imported: 0, updated: 0, unchanged, skipped };
  return ctx.store.sqlite.transaction(() => {
    const updated = writeUpdatedPeople(ctx, updates);
    const { imported } = writeImportedPeople(ctx, officeCode, adds, { ...details, update: true, updated, unchanged, skipped });
    return { imported, updated, unchanged, skipped };
  })();
}
