// The people service on a real office database: create, update, void, duplicates, reveal, journal and audit.
import { describe, expect, it } from 'vitest';
import { AppError } from '@core/errors';
import type { PersonInput } from '@core/people/contract';
import { createPerson, getPerson, revealIdNumber, updatePerson, voidPerson } from '@core/people/service';
import { officeBackend } from '../support';

const zhang: PersonInput = {
  name: '张三',
  idNumber: '321302199001011234',
  mobile: '138 1234 5678',
  township: '蔡集镇',
  village: '张圩村',
};

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

function setup() {
  const office = officeBackend();
  const clerk = (method: string) => office.as(['clerk'], method);
  const count = (sql: string, ...params: unknown[]) =>
    office.store.sqlite
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  return { ...office, clerk, count };
}

describe('createPerson', () => {
  it('stores the normalised person with a masked ID in the answer, journalled and audited', () => {
    const { clerk, store, count } = setup();
    const { person, warnings } = createPerson(clerk('people.create'), zhang);
    expect(warnings).toEqual([]);
    expect(person).toMatchObject({
      officeCode: '321302',
      name: '张三',
      gender: 'M',
      idNumber: '321302********1234',
      idMasked: true,
      idConverted: false,
      birthDate: '1990-01-01',
      mobile: '13812345678',
      township: '蔡集镇',
      rowVersion: 1,
      voided: false,
      createdBy: 'user-clerk',
    });
    const stored = store.sqlite
      .prepare('SELECT id_number, id_reversed, pinyin_full, pinyin_initials FROM people WHERE id = ?')
      .get(person.id);
    expect(stored).toEqual({
      id_number: '321302199001011234',
      id_reversed: '432110100991203123',
      pinyin_full: 'zhangsan',
      pinyin_initials: 'zs',
    });
    expect(
      store.sqlite.prepare('SELECT table_name, record_id, row_version, operation FROM change_journal').all(),
    ).toEqual([{ table_name: 'people', record_id: person.id, row_version: 1, operation: 'insert' }]);
    expect(count(`SELECT count(*) FROM audit_log WHERE method = 'people.create' AND record_id = ?`, person.id)).toBe(1);
  });

  it('refuses invalid input with every issue and writes nothing', () => {
    const { clerk, count } = setup();
    const error = errorOf(() =>
      createPerson(clerk('people.create'), { name: '', idNumber: '3.21302E+17', mobile: '0527-84123456' }),
    );
    expect(error.code).toBe('PERSON_INVALID');
    expect(error.details?.issues).toEqual([
      { field: 'name', code: 'NAME_REQUIRED', severity: 'error' },
      { field: 'idNumber', code: 'ID_SPREADSHEET_NUMBER', severity: 'error' },
      { field: 'mobile', code: 'MOBILE_FORMAT', severity: 'error' },
    ]);
    expect(count('SELECT count(*) FROM people')).toBe(0);
    expect(count('SELECT count(*) FROM change_journal')).toBe(0);
  });

  it('asks before saving a gender that contradicts the ID, and saves once accepted', () => {
    const { clerk, count } = setup();
    const error = errorOf(() => createPerson(clerk('people.create'), { ...zhang, gender: 'F' }));
    expect(error.code).toBe('PERSON_WARNINGS');
    expect(error.details?.issues).toEqual([
      { field: 'gender', code: 'GENDER_MISMATCH', severity: 'warning', details: { given: 'F', fromId: 'M' } },
    ]);
    expect(count('SELECT count(*) FROM people')).toBe(0);
    const saved = createPerson(clerk('people.create'), { ...zhang, gender: 'F' }, true);
    expect(saved.person.gender).toBe('F');
    expect(saved.warnings.map((w) => w.code)).toEqual(['GENDER_MISMATCH']);
  });

  it('refuses a second live person with the same ID, naming the first; a voided one does not count', () => {
    const { clerk, count } = setup();
    const first = createPerson(clerk('people.create'), zhang).person;
    const error = errorOf(() =>
      createPerson(clerk('people.create'), { ...zhang, name: '张叁', idNumber: ' 321302 19900101 1234 ' }),
    );
    expect(error.code).toBe('ID_DUPLICATE');
    expect(error.details).toEqual({ existingId: first.id, existingName: '张三' });
    expect(count('SELECT count(*) FROM people')).toBe(1);
    expect(count('SELECT count(*) FROM change_journal')).toBe(1);

    voidPerson(clerk('people.void'), first.id, '重复录入');
    expect(createPerson(clerk('people.create'), { ...zhang, name: '张叁' }).person.name).toBe('张叁');
  });

  it('finds a 15-digit number already registered in its 18-digit form', () => {
    const { clerk } = setup();
    createPerson(clerk('people.create'), { name: '李四', idNumber: '320802199001011230' });
    expect(
      errorOf(() => createPerson(clerk('people.create'), { name: '李四', idNumber: '320802900101123' })).code,
    ).toBe('ID_DUPLICATE');
  });
});

describe('updatePerson', () => {
  it('changes fields, bumps the row version, journals and audits only what changed', () => {
    const { clerk, store } = setup();
    const created = createPerson(clerk('people.create'), zhang).person;
    const { person } = updatePerson(clerk('people.update'), created.id, 1, {
      mobile: '13900001111',
      idNumber: created.idNumber,
      name: '张三',
    });
    expect(person).toMatchObject({ mobile: '13900001111', rowVersion: 2, updatedBy: 'user-clerk' });
    const audit = store.sqlite.prepare(`SELECT before, after FROM audit_log WHERE method = 'people.update'`).get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(audit.before)).toEqual({ mobile: '13812345678' });
    expect(JSON.parse(audit.after)).toEqual({ mobile: '13900001111' });
    expect(store.sqlite.prepare('SELECT operation, row_version FROM change_journal ORDER BY seq').all()).toEqual([
      { operation: 'insert', row_version: 1 },
      { operation: 'update', row_version: 2 },
    ]);
  });

  it('re-derives birth date, gender and search keys from a new ID number and a new name', () => {
    const { clerk, store } = setup();
    const created = createPerson(clerk('people.create'), zhang).person;
    const { person } = updatePerson(clerk('people.update'), created.id, 1, {
      idNumber: '321302198506150024',
      name: '曾小芳',
    });
    expect(person).toMatchObject({ gender: 'F', birthDate: '1985-06-15', idNumber: '321302********0024' });
    expect(
      store.sqlite.prepare('SELECT id_reversed, pinyin_full, pinyin_initials FROM people WHERE id = ?').get(created.id),
    ).toEqual({ id_reversed: '420051605891203123', pinyin_full: 'zengxiaofang', pinyin_initials: 'zxf' });
  });

  it('refuses a stale row version with RECORD_CHANGED', () => {
    const { clerk } = setup();
    const created = createPerson(clerk('people.create'), zhang).person;
    updatePerson(clerk('people.update'), created.id, 1, { notes: '第一个窗口' });
    const error = errorOf(() => updatePerson(clerk('people.update'), created.id, 1, { notes: '第二个窗口' }));
    expect(error.code).toBe('RECORD_CHANGED');
    expect(getPerson(clerk('people.get'), created.id).notes).toBe('第一个窗口');
  });

  it('refuses an ID number another live person has, and invalid values', () => {
    const { clerk } = setup();
    createPerson(clerk('people.create'), zhang);
    const li = createPerson(clerk('people.create'), { name: '李四', idNumber: '321302198506150024' }).person;
    expect(
      errorOf(() => updatePerson(clerk('people.update'), li.id, 1, { idNumber: zhang.idNumber, gender: 'M' })).details,
    ).toMatchObject({ existingName: '张三' });
    expect(errorOf(() => updatePerson(clerk('people.update'), li.id, 1, { mobile: '12345' })).code).toBe(
      'PERSON_INVALID',
    );
  });

  it('does not ask again about an accepted gender mismatch for an unrelated edit', () => {
    const { clerk } = setup();
    const created = createPerson(clerk('people.create'), { ...zhang, gender: 'F' }, true).person;
    expect(updatePerson(clerk('people.update'), created.id, 1, { notes: '已核实' }).person.gender).toBe('F');
    expect(
      errorOf(() =>
        updatePerson(clerk('people.update'), created.id, 2, { gender: 'F', idNumber: '321302199001011250' }),
      ).code,
    ).toBe('PERSON_WARNINGS');
  });
});

describe('voidPerson and revealIdNumber', () => {
  it('voids with a reason, refuses edits afterwards, and requires the reason', () => {
    const { clerk, count } = setup();
    const created = createPerson(clerk('people.create'), zhang).person;
    expect(errorOf(() => voidPerson(clerk('people.void'), created.id, '  ')).code).toBe('VOID_REASON_REQUIRED');
    const voided = voidPerson(clerk('people.void'), created.id, ' 重复录入 ');
    expect(voided).toMatchObject({ voided: true, voidReason: '重复录入', voidedBy: 'user-clerk', rowVersion: 2 });
    expect(errorOf(() => updatePerson(clerk('people.update'), created.id, 2, { notes: 'x' })).code).toBe(
      'RECORD_VOIDED',
    );
    expect(count(`SELECT count(*) FROM change_journal WHERE operation = 'void'`)).toBe(1);
  });

  it('reveals the full number and audits the reveal without the number', () => {
    const { clerk, store } = setup();
    const created = createPerson(clerk('people.create'), zhang).person;
    expect(revealIdNumber(clerk('people.revealId'), created.id)).toEqual({ idNumber: '321302199001011234' });
    const audit = store.sqlite
      .prepare(`SELECT username, table_name, record_id, before, after FROM audit_log WHERE method = 'people.revealId'`)
      .all();
    expect(audit).toEqual([
      { username: 'user-clerk', table_name: 'people', record_id: created.id, before: null, after: null },
    ]);
  });

  it('answers PERSON_NOT_FOUND for an unknown id', () => {
    const { clerk } = setup();
    expect(errorOf(() => getPerson(clerk('people.get'), '00000000-0000-4000-8000-000000000000')).code).toBe(
      'PERSON_NOT_FOUND',
    );
  });
});
