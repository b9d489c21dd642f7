// Writes the valid rows of an import in ONE transaction through the record layer's inserter (records/bulk.ts):
// each person with its record columns and its change-journal row (insert, row_version 1, content hash of the
// values bound), one prepared statement reused for every row - drizzle's batched insert was 5-8x slower.
import { people } from '@db/schema';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { recordInserter } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { fieldKeysOf } from '../../records/meta';
import type { CheckedRow } from './check';
import { withIndexesRebuilt } from './indexes';

/** The partial unique index on (office_code, id_number) of live records, from db/schema/people.ts. */
const LIVE_ID_INDEX = 'people_id_number_live';

const PERSON_FIELDS = fieldKeysOf(people);

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
  const nextId = sequentialUuids(ctx.now().getTime());
  const toWrite = rows.filter((row) => row.person !== null);
  let firstId: string | null = null;
  let lastId: string | null = null;
  // commits in steps: a job - the sheet is parsed and checked first, then the new people are written here in one step.
  return sqlite.transaction(() =>
    withRunningFold(sqlite, () => {
      const insert = recordInserter(ctx, people, officeCode, PERSON_FIELDS);
      // The live-ID unique index stays: it names the row of an ID registered since the preview.
      withIndexesRebuilt(sqlite, 'people', [LIVE_ID_INDEX], toWrite.length, () => {
        for (const row of toWrite) {
          lastId = nextId(); // made as written: 100,000 ids held at once would add ~7 MB to the import's peak
          firstId ??= lastId;
          try {
            insert(lastId, row.person!);
          } catch (error) {
            if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
              fail('ID_DUPLICATE', { row: row.row });
            throw error;
          }
        }
      });
      const written = { imported: toWrite.length, firstId, lastId };
      appendAudit(ctx, { method: ctx.method, tableName: 'people', after: { ...auditDetails, ...written } });
      return written;
    }),
  )();
}
