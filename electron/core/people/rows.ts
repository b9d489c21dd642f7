// People as stored and as shown: the column list read by every people query, the row handed to the
// renderer (ID number masked, birth date only for who may reveal), and a prepared insert for bulk writers (import, benchmarks).
import type Database from 'better-sqlite3';
import { maskIdNumber } from '@rules/idNumber';
import type { PersonRow } from '../../api/people';
import { rowHasher } from '../records/contentHash';
import type { RecordMeta } from '../records/write';
import type { NormalizedPerson } from './validate';

export const PERSON_COLUMNS = `id, office_code AS officeCode, name, gender, id_number AS idNumber, id_converted AS idConverted,
  birth_date AS birthDate, mobile, phone, township, village, work_unit AS workUnit, notes,
  created_at AS createdAt, updated_at AS updatedAt, created_by AS createdBy, updated_by AS updatedBy,
  row_version AS rowVersion, voided, voided_at AS voidedAt, voided_by AS voidedBy, void_reason AS voidReason`;

/** A person as read from the database: the full ID number, flags as SQLite integers or booleans. */
export type StoredPerson = Omit<PersonRow, 'idMasked' | 'idConverted' | 'voided'> & {
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

/** Every column of a person (SQL name) and its parameter in personInsertParams, in one order. */
const PERSON_INSERT: readonly (readonly [string, string])[] = [
  ['id', 'id'],
  ['office_code', 'officeCode'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['created_by', 'createdBy'],
  ['updated_by', 'updatedBy'],
  ['row_version', 'rowVersion'],
  ['voided', 'voided'],
  ['voided_at', 'voidedAt'],
  ['voided_by', 'voidedBy'],
  ['void_reason', 'voidReason'],
  ['name', 'name'],
  ['gender', 'gender'],
  ['id_number', 'idNumber'],
  ['id_converted', 'idConverted'],
  ['birth_date', 'birthDate'],
  ['mobile', 'mobile'],
  ['phone', 'phone'],
  ['township', 'township'],
  ['village', 'village'],
  ['work_unit', 'workUnit'],
  ['notes', 'notes'],
  ['id_reversed', 'idReversed'],
  ['pinyin_full', 'pinyinFull'],
  ['pinyin_initials', 'pinyinInitials'],
];

/** Insert of a whole record with named parameters: a NormalizedPerson plus RecordMeta (booleans as 0/1). */
export function personInsertStatement(sqlite: Database.Database): Database.Statement {
  return sqlite.prepare(`INSERT INTO people (${PERSON_INSERT.map(([column]) => column).join(', ')})
    VALUES (${PERSON_INSERT.map(([, param]) => `@${param}`).join(', ')})`);
}

const hashPerson = rowHasher(PERSON_INSERT.map(([column]) => column));

/** The content hash (records/contentHash.ts) of a person inserted with these parameters, without reading it back. */
export function personContentHash(params: Record<string, unknown>): string {
  return hashPerson(PERSON_INSERT.map(([, param]) => params[param]));
}

/** Parameters for personInsertStatement. */
export function personInsertParams(person: NormalizedPerson, meta: RecordMeta): Record<string, unknown> {
  return { ...person, ...meta, idConverted: person.idConverted ? 1 : 0, voided: meta.voided ? 1 : 0 };
}
