// Writes the updates of an update import as people.update does - a new row version, its change-journal row
// with the content hash, an audit entry with the fields before and after - with statements cached per set of
// changed columns (the record layer's drizzle queries are prepared anew at every call: ~0.7 ms a person).
// Call inside the import's transaction: a person changed or voided since the preview fails the whole import,
// naming the row (IMPORT_PERSON_CHANGED), and nothing is written.
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { writeJournal } from '../../records/journal';
import { cachedStatement } from '../../records/statements';
import type { CheckedRow } from './check';
import type { UPDATABLE_FIELDS } from './match';
import { writeImportedPeople } from './write';

const COLUMNS: Record<(typeof UPDATABLE_FIELDS)[number] | 'pinyinFull' | 'pinyinInitials', string> = {
  name: 'name',
  gender: 'gender',
  mobile: 'mobile',
  phone: 'phone',
  township: 'township',
  village: 'village',
  workUnit: 'work_unit',
  notes: 'notes',
  pinyinFull: 'pinyin_full',
  pinyinInitials: 'pinyin_initials',
};

export function writeUpdatedPeople(ctx: CoreContext, rows: readonly CheckedRow[]): number {
  const sqlite = ctx.store.sqlite;
  const at = nowIso(ctx);
  const by = actorName(ctx);
  for (const row of rows) {
    const { id, rowVersion, changes } = row.update!;
    const person = row.person!;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const { field, from, to } of changes) {
      before[field] = from;
      after[field] = to;
    }
    // A new name brings its search keys (not audited: they follow from the name).
    const set =
      'name' in after ? { ...after, pinyinFull: person.pinyinFull, pinyinInitials: person.pinyinInitials } : after;
    const fields = Object.keys(set) as (keyof typeof COLUMNS)[];
    const update = cachedStatement(
      sqlite,
      `UPDATE people SET ${fields.map((f) => `${COLUMNS[f]} = ?`).join(', ')},
      updated_at = ?, updated_by = ?, row_version = ? WHERE id = ? AND row_version = ? AND voided = 0`,
    );
    const done = update.run(...fields.map((f) => set[f]), at, by, rowVersion + 1, id, rowVersion);
    if (done.changes === 0) fail('IMPORT_PERSON_CHANGED', { row: row.row, name: person.name });
    writeJournal(sqlite, 'people', id, rowVersion + 1, 'update', at);
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
