// Writes the valid rows of an import in ONE transaction with prepared statements reused for every row:
// the person, its change-journal row (insert, row_version 1, content hash) and the record metadata. drizzle's batched
// insert was 5-8x slower for this. Cached per connection; a new connection prepares its own.
import type Database from 'better-sqlite3';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertJournalRow, journalStatement } from '../../records/journal';
import type { RecordMeta } from '../../records/write';
import { personContentHash, personInsertParams, personInsertStatement } from '../rows';
import type { CheckedRow } from './check';
import { sequentialUuids } from './ids';
import { withIndexesRebuilt } from './indexes';

interface ImportStatements {
  person: Database.Statement;
  journal: Database.Statement;
}

/** The partial unique index on (office_code, id_number) of live records, from db/schema/people.ts. */
const LIVE_ID_INDEX = 'people_id_number_live';

const statements = new WeakMap<Database.Database, ImportStatements>();

function importStatements(sqlite: Database.Database): ImportStatements {
  let cached = statements.get(sqlite);
  if (!cached)
    statements.set(sqlite, (cached = { person: personInsertStatement(sqlite), journal: journalStatement(sqlite) }));
  return cached;
}

export interface WrittenImport {
  imported: number;
  firstId: string | null;
  lastId: string | null;
}

/**
 * Inserts every row that has a person. One audit entry describes the whole import (`auditDetails` plus
 * counts and the first and last record id): an entry per record would double the cost of the write, and
 * the change journal already names every record. A row whose ID number was registered since the preview
 * fails the whole transaction with ID_DUPLICATE and its row number, leaving nothing written.
 */
export function writeImportedPeople(
  ctx: CoreContext,
  officeCode: string,
  rows: readonly CheckedRow[],
  auditDetails: Record<string, unknown>,
): WrittenImport {
  const sqlite = ctx.store.sqlite;
  const { person: insertPerson, journal } = importStatements(sqlite);
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const nextId = sequentialUuids(ctx.now().getTime());
  const toWrite = rows.filter((row) => row.person !== null);
  const ids = toWrite.map(() => nextId());
  // commits in steps: a job - the sheet is parsed and checked first, then the new people are written here in one step.
  return sqlite.transaction(() =>
    withRunningFold(sqlite, () => {
      // The live-ID unique index stays: it names the row of an ID registered since the preview.
      withIndexesRebuilt(sqlite, 'people', [LIVE_ID_INDEX], toWrite.length, () => {
        toWrite.forEach((row, i) => {
          const meta: RecordMeta = {
            id: ids[i]!,
            officeCode,
            createdAt: at,
            updatedAt: at,
            createdBy: by,
            updatedBy: by,
            rowVersion: 1,
            voided: false,
            voidedAt: null,
            voidedBy: null,
            voidReason: null,
          };
          const params = personInsertParams(row.person!, meta);
          try {
            insertPerson.run(params);
          } catch (error) {
            if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
              fail('ID_DUPLICATE', { row: row.row });
            throw error;
          }
          insertJournalRow(journal, 'people', meta.id, 1, 'insert', at, personContentHash(params));
        });
      });
      const written = { imported: toWrite.length, firstId: ids[0] ?? null, lastId: ids.at(-1) ?? null };
      appendAudit(ctx, { method: ctx.method, tableName: 'people', after: { ...auditDetails, ...written } });
      return written;
    }),
  )();
}
