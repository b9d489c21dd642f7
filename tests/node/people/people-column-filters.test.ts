// The grid's per-column filters over SQL: each kind, the allow-list, LIKE escaping, the masking rules, plans,
// and the 分组计数 table (counts per value that sum to the total, exported as .xlsx).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ColumnFilter } from '@api/columnFilters';
import type { PersonInput } from '@core/people/contract';
import { exportPeople } from '@core/people/export';
import { countPeopleBy, exportGroupCounts } from '@core/people/groupCounts';
import { listPeople, peoplePageSql, peopleWhere } from '@core/people/query';
import { createPerson, updatePerson } from '@core/people/service';
import { idCheckChar } from '@rules/idNumber';
import type { Role } from '@rules/roles';
import { callerFor, officeBackend } from '../support';

const PEOPLE: PersonInput[] = [
  {
    name: '张三',
    idNumber: '321302199001011234',
    mobile: '13812345678',
    township: '蔡集镇',
    village: '张圩村',
    workUnit: '宿迁100%医院',
  },
  {
    name: '李四',
    idNumber: '32131119700101001X',
    mobile: '13900001111',
    township: '蔡集镇',
    village: '王庄村',
    workUnit: '宿迁1000医院',
  },
  {
    name: '王五',
    idNumber: '321302198506150024',
    mobile: '15012340000',
    township: '耿车镇',
    village: '红旗村',
    workUnit: 'a_b 公司',
  },
  { name: '曾小芳', idNumber: '321302200002290015', township: '耿车镇', village: '张圩村', workUnit: 'axb 公司' },
  { name: '赵敏', idNumber: '321302199001016000', mobile: '18800001234' },
];

function registry() {
  const office = officeBackend();
  const clerk = office.as(['clerk'], 'people.create');
  const ids = new Map(PEOPLE.map((p) => [p.name, createPerson(clerk, p).person.id]));
  const names = (columnFilters: ColumnFilter[], roles: Role[] = ['clerk']) =>
    listPeople(office.as(roles, 'people.list'), { offset: 0, limit: 100, columnFilters })
      .rows.map((r) => r.name)
      .sort();
  return { ...office, clerk, ids, names };
}

describe('column filters', () => {
  it('text contains: any part of the text, % and _ taken literally', () => {
    const { names } = registry();
    expect(names([{ kind: 'contains', column: 'village', text: '圩' }])).toEqual(['张三', '曾小芳'].sort());
    expect(names([{ kind: 'contains', column: 'workUnit', text: '100%' }])).toEqual(['张三']);
    expect(names([{ kind: 'contains', column: 'workUnit', text: 'a_b' }])).toEqual(['王五']);
    expect(names([{ kind: 'contains', column: 'name', text: '小' }])).toEqual(['曾小芳']);
    expect(names([{ kind: 'contains', column: 'workUnit', text: "'; DROP TABLE people; --" }])).toEqual([]);
  });

  it('choice list: any of the values, blank as its own choice, filters combined with AND', () => {
    const { names } = registry();
    expect(names([{ kind: 'choice', column: 'township', values: ['蔡集镇', '耿车镇'] }])).toHaveLength(4);
    expect(names([{ kind: 'choice', column: 'township', values: [null] }])).toEqual(['赵敏']);
    expect(names([{ kind: 'choice', column: 'gender', values: ['F'] }])).toEqual(['王五', '赵敏'].sort());
    expect(
      names([
        { kind: 'choice', column: 'township', values: ['耿车镇'] },
        { kind: 'contains', column: 'village', text: '张圩' },
      ]),
    ).toEqual(['曾小芳']);
  });

  it('date range: local calendar days, inclusive, and a number range', () => {
    const { names, as, ids } = registry();
    const today = new Date();
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const yesterday = new Date(today.getTime() - 86_400_000);
    expect(names([{ kind: 'dateRange', column: 'createdAt', from: day(today), to: day(today) }])).toHaveLength(5);
    expect(names([{ kind: 'dateRange', column: 'createdAt', to: day(yesterday) }])).toEqual([]);
    expect(names([{ kind: 'dateRange', column: 'birthDate', from: '1985-01-01', to: '1990-01-01' }])).toEqual(
      ['张三', '王五', '赵敏'].sort(),
    );
    updatePerson(as(['clerk'], 'people.update'), ids.get('李四')!, 1, { mobile: '13900002222' });
    expect(names([{ kind: 'numberRange', column: 'rowVersion', min: 2 }])).toEqual(['李四']);
  });

  it('ID numbers: by tail for everyone, longer tails only for who may reveal, whole numbers counted', () => {
    const { names } = registry();
    expect(names([{ kind: 'idNumber', text: '001x' }], ['viewer'])).toEqual(['李四']);
    expect(names([{ kind: 'idNumber', text: '321302199001011234' }], ['viewer'])).toEqual(['张三']);
    expect(names([{ kind: 'idNumber', text: '011234' }], ['clerk'])).toEqual(['张三']);
    expect(() => names([{ kind: 'idNumber', text: '011234' }], ['viewer'])).toThrow(
      expect.objectContaining({ code: 'ID_FILTER_TAIL_ONLY' }),
    );
  });

  it('no birth-date filter for roles that may not see birth dates, nor in a masked export', async () => {
    const { names, as } = registry();
    const birth: ColumnFilter = { kind: 'dateRange', column: 'birthDate', from: '1985-01-01' };
    for (const role of ['viewer', 'warehouse', 'approver'] as Role[]) {
      expect(() => names([birth], [role])).toThrow(expect.objectContaining({ code: 'BIRTH_DATE_FILTER_HIDDEN' }));
    }
    await expect(
      exportPeople(as(['clerk'], 'people.export'), { revealIds: false, columnFilters: [birth] }),
    ).rejects.toMatchObject({ code: 'BIRTH_DATE_FILTER_HIDDEN' });
  });

  it('the contract allows only its columns and kinds (no SQL through a column name)', async () => {
    const { backend, addUser } = registry();
    addUser('viewer1', ['viewer'], 'viewer-pass-1');
    const caller = callerFor(backend.router, 'v');
    await backend.router.call('auth.login', { username: 'viewer1', password: 'viewer-pass-1' }, caller);
    const list = (columnFilters: unknown) =>
      backend.router.call('people.list', { offset: 0, limit: 10, columnFilters }, caller);
    for (const bad of [
      [{ kind: 'contains', column: 'id_number', text: '1' }],
      [{ kind: 'contains', column: 'name) OR 1=1 --', text: '1' }],
      [{ kind: 'contains', column: 'idNumber', text: '1' }],
      [{ kind: 'choice', column: 'birthDate', values: ['1990-01-01'] }],
      [{ kind: 'regex', column: 'name', text: '.*' }],
    ])
      expect(await list(bad)).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    expect(await list([{ kind: 'contains', column: 'name', text: '张' }])).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
    expect(await list([{ kind: 'dateRange', column: 'birthDate', from: '1990-01-01' }])).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE_FILTER_HIDDEN' },
    });
  });

  it.each<[string, ColumnFilter]>([
    ['name contains', { kind: 'contains', column: 'name', text: '张' }],
    ['village contains', { kind: 'contains', column: 'village', text: '张' }],
    ['work unit contains', { kind: 'contains', column: 'workUnit', text: '医院' }],
    ['township choice', { kind: 'choice', column: 'township', values: ['蔡集镇'] }],
    ['registered range', { kind: 'dateRange', column: 'createdAt', from: '2025-01-01', to: '2025-06-30' }],
  ])('%s is read through an index for the page and the count', (_label, filter) => {
    const { store } = officeBackend();
    const page = peoplePageSql({ offset: 0, limit: 100, columnFilters: [filter] });
    const where = peopleWhere({ columnFilters: [filter] });
    for (const [sql, params] of [
      [page.sql, page.params],
      [`SELECT count(*) FROM people ${where.sql}`, where.params],
    ] as const) {
      const steps = store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      expect(
        steps.filter((s) => /^SCAN people$/.test(s.detail)),
        sql,
      ).toEqual([]);
    }
  });
});

describe('group counts', () => {
  it('counts per village within the filters; the counts sum to the total; blank last', () => {
    const { as } = registry();
    const viewer = as(['viewer'], 'people.groupCounts');
    const counts = countPeopleBy(viewer, {}, 'village');
    expect(counts.groups).toEqual([
      { value: '张圩村', count: 2 },
      { value: '红旗村', count: 1 },
      { value: '王庄村', count: 1 },
      { value: null, count: 1 },
    ]);
    expect(counts.total).toBe(5);
    expect(
      countPeopleBy(viewer, { columnFilters: [{ kind: 'choice', column: 'township', values: ['蔡集镇'] }] }, 'village')
        .total,
    ).toBe(2);
  });

  it('exports the table with the words the renderer sends, live-looking text kept text, and audits it', async () => {
    const { as, clerk, store } = registry();
    createPerson(clerk, {
      name: '孙七',
      idNumber: `32130219920307001${idCheckChar('32130219920307001')}`,
      village: '=1+1',
    });
    const file = await exportGroupCounts(as(['viewer'], 'people.groupCountsExport'), {}, 'village', {
      sheet: '村社区人数',
      title: '各村/社区人数',
      subtitle: '全部人员',
      value: '村/社区',
      count: '人数',
      total: '合计',
      blank: '（空白）',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['村/社区', '人数']);
    expect(rows).toContainEqual(['张圩村', 2]);
    expect(rows).toContainEqual(['（空白）', 1]);
    expect(rows).toContainEqual(['合计', 6]);
    const live = book.worksheets[0]!.getColumn(1).values.indexOf('=1+1');
    expect(book.worksheets[0]!.getCell(live, 1).numFmt).toBe('@');
    expect(
      store.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE method = 'people.groupCountsExport'`).pluck().get(),
    ).toBe(1);
  });
});
