// People as stored and as shown: the column list read by every people query, the row handed to the
// renderer (ID number masked, birth date only for who may reveal), and a prepared insert that seeds tests and benchmarks.
import type Database from 'better-sqlite3';
import { people } from '@db/schema';
import { parseCustomValues } from '@rules/customFields';
import { maskIdNumber } from '@rules/idNumber';
import { columnNamesOf, type RecordMeta } from '../records/meta';
import type { PersonRow } from './contract';
import type { NormalizedPerson } from './validate';

/** The search keys are the database's own: no query reads them back. */
const SEARCH_KEYS: ReadonlySet<string> = new Set(['idReversed', 'pinyinFull', 'pinyinInitials']);

/** The columns every people query reads, named as StoredPerson's fields. */
export const PERSON_COLUMNS = [...columnNamesOf(people)]
  .filter(([key]) => !SEARCH_KEYS.has(key))
  .map(([key, column]) => (key === column ? column : `${column} AS ${key}`))
  .join(', ');

/** A person as read from the database: the full ID number, flags as SQLite integers or booleans. */
export type StoredPerson = Omit<PersonRow, 'idMasked' | 'idConverted' | 'voided' | 'customFields'> & {
  customFields: string | null;
  idConverted: boolean | number;
  voided: boolean | number;
};

/**
 * The row for the renderer: the ID number masked (revealed only through people.revealId, audited). The birth
 * date is the mask's hidden digits, so it is given only to users who may reveal the number anyway.
 */
export function toPersonRow(stored: StoredPerson, shown: { birthDate: boolean }): PersonRow {
  return {
    id: stored.id,
    officeCode: stored.officeCode,
    name: stored.name,
    gender: stored.gender,
    idNumber: maskIdNumber(stored.idNumber),
    idMasked: true,
    idConverted: Boolean(stored.idConverted),
    birthDate: shown.birthDate ? stored.birthDate : null,
    mobile: stored.mobile,
    phone: stored.phone,
    township: stored.township,
    village: stored.village,
    workUnit: stored.workUnit,
    notes: stored.notes,
    customFields: parseCustomValues(stored.customFields),
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    createdBy: stored.createdBy,
    updatedBy: stored.updatedBy,
    rowVersion: stored.rowVersion,
    voided: Boolean(stored.voided),
    voidedAt: stored.voidedAt,
    voidedBy: stored.voidedBy,
    voidReason: stored.voidReason,
  };
}

/** The key and SQL name of every column of a person, from the table. */
const PERSON_INSERT = [...columnNamesOf(people)];

/** Insert of a whole record with named parameters, for seeding tests and benchmarks: see personInsertParams. */
export function personInsertStatement(sqlite: Database.Database): Database.Statement {
  return sqlite.prepare(`INSERT INTO people (${PERSON_INSERT.map(([, column]) => column).join(', ')})
    VALUES (${PERSON_INSERT.map(([key]) => `@${key}`).join(', ')})`);
}

/** Parameters for personInsertStatement: a NormalizedPerson plus RecordMeta (booleans as 0/1). */
export function personInsertParams(person: NormalizedPerson, meta: RecordMeta): Record<string, unknown> {
  return { ...person, ...meta, idConverted: person.idConverted ? 1 : 0, voided: meta.voided ? 1 : 0 };
}
