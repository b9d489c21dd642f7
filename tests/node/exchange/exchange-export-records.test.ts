// What a delta reads: exactly the records changed after a journal position, once each, at their current row
// version, whether it looks a few up by id or walks the table for many (a first delta, a big import).
import { describe, expect, it } from 'vitest';
import { openRecordSnapshot, type Selection } from '@core/exchange/export/records';
import type { ExchangeRecord } from '@core/exchange/types';
import { personInsertParams, personInsertStatement } from '@core/people/rows';
import { checkPerson } from '@core/people/validate';
import { journalStatement } from '@core/records/journal';
import type { RecordMeta } from '@core/records/write';
import { generatePeople } from '../../fixtures/people';
import { addPeople, editPerson, exchangeOffice, type ExchangeOffice } from './exchange-export-support';

function read(office: ExchangeOffice, selection: Selection): ExchangeRecord[] {
  const snapshot = openRecordSnapshot(office.store.file, selection);
  try {
    return [...snapshot.records('people', ['pinyin_full'])];
  } finally {
    snapshot.close();
  }
}

function journalTop(office: ExchangeOffice): number {
  return office.store.sqlite.prepare('SELECT max(seq) FROM change_journal').pluck().get() as number;
}

const rowVersion = (office: ExchangeOffice, id: string) =>
  office.store.sqlite.prepare('SELECT row_version FROM people WHERE id = ?').pluck().get(id) as number;

describe('record snapshot for a package', () => {
  it('reads a few changes and many changes alike: each changed record once, nothing else', () => {
    const county = exchangeOffice('county', '321302');
    const ids = addPeople(county, 120);
    expect(
      read(county, { kind: 'delta', afterJournalSeq: 0 })
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
    const mark = journalTop(county);
    expect(read(county, { kind: 'delta', afterJournalSeq: mark })).toEqual([]);

    const few = ids.slice(0, 3);
    for (const id of few) editPerson(county, id, { notes: 'first edit' });
    editPerson(county, few[0]!, { notes: 'second edit' });
    const small = read(county, { kind: 'delta', afterJournalSeq: mark });
    expect(small.map((r) => r.id).sort()).toEqual([...few].sort());
    expect(small.find((r) => r.id === few[0])).toMatchObject({
      rowVersion: rowVersion(county, few[0]!),
      fields: { notes: 'second edit' },
    });

    const many = ids.slice(0, 70);
    for (const id of many.slice(3)) editPerson(county, id, { notes: 'bulk edit' });
    const large = read(county, { kind: 'delta', afterJournalSeq: mark });
    expect(large).toHaveLength(70);
    expect(large.map((r) => r.id).sort()).toEqual([...many].sort());
    for (const r of large) expect(r.rowVersion).toBe(rowVersion(county, r.id));
    expect(large[0]!.fields).not.toHaveProperty('pinyin_full');
    expect(large[0]!.fields).toHaveProperty('pinyin_initials');

    expect(read(county, { kind: 'snapshot' })).toHaveLength(120);
  });

  it('reads many changes whose journal runs in another order than the table, and a delta of the same import', () => {
    const county = exchangeOffice('county', '321302');
    const ids = addPeople(county, 40);
    const mark = journalTop(county);
    const edited = ids.filter((_, i) => i % 4 !== 1).reverse();
    for (const id of edited) editPerson(county, id, { notes: 'reverse edit' });
    const delta = read(county, { kind: 'delta', afterJournalSeq: mark });
    expect(delta.map((r) => r.id).sort()).toEqual([...edited].sort());
    for (const r of delta) expect(r.fields['notes']).toBe('reverse edit');
    expect(read(county, { kind: 'delta', afterJournalSeq: 0 }).map((r) => r.id)).toEqual(ids);
  });

  it('walks a table larger than one page of rows (2048) without losing or repeating a record', () => {
    const county = exchangeOffice('county', '321302');
    const sqlite = county.store.sqlite;
    const insert = personInsertStatement(sqlite);
    const journal = journalStatement(sqlite);
    const ids = sqlite.transaction(() =>
      generatePeople(4500, 11).map((input, i) => {
        const meta: RecordMeta = {
          id: `p-${String(i).padStart(5, '0')}`,
          officeCode: '321302',
          createdAt: '2026-01-02T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:00.000Z',
          createdBy: 'a',
          updatedBy: 'a',
          rowVersion: 1,
          voided: false,
          voidedAt: null,
          voidedBy: null,
          voidReason: null,
        };
        insert.run(personInsertParams(checkPerson(input).person!, meta));
        journal.run('people', meta.id, 1, 'insert', meta.createdAt, null);
        return meta.id;
      }),
    )();
    expect(read(county, { kind: 'snapshot' }).map((r) => r.id)).toEqual(ids);
    expect(read(county, { kind: 'delta', afterJournalSeq: 0 }).map((r) => r.id)).toEqual(ids);
  });
});
