// A custom field in the grid that sorts or ranges gets its own index, so the grid's filter and sort on it read
// the index, not every record's JSON; the index goes when the field leaves the grid or is hidden.
import { describe, expect, it } from 'vitest';
import type { CustomFieldRow } from '@core/customFields/contract';
import { peoplePageSql } from '@core/people/query';
import { officeWithUsers } from './support';

const donations = { roster: 'people', labelZh: '献血次数', labelEn: 'Blood donations', type: 'number', inGrid: true };

describe('custom field indexes', () => {
  it('follow the fields shown in the grid, and the people grid reads them', async () => {
    const { backend, value } = await officeWithUsers();
    const indexes = () =>
      backend.store.sqlite
        .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'cf_%' ORDER BY name`)
        .pluck()
        .all();
    const number = await value<CustomFieldRow>('admin', 'customFields.create', donations);
    await value('admin', 'customFields.create', { ...donations, labelZh: '备注二', labelEn: 'Note 2', type: 'text' });
    await value('admin', 'customFields.create', {
      ...donations,
      labelZh: '体检日期',
      labelEn: 'Checked',
      type: 'date',
      inGrid: false,
    });
    expect(indexes()).toEqual(['cf_people_f1']);

    const page = peoplePageSql({
      offset: 0,
      limit: 100,
      sort: [{ column: 'f1', direction: 'asc' }],
      columnFilters: [{ kind: 'custom', key: 'f1', match: { op: 'numberRange', min: 3, max: 5 } }],
    });
    const plan = backend.store.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${page.sql}`)
      .all(...page.params)
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('cf_people_f1');
    expect(plan).not.toContain('SCAN people');

    const moved = await value<CustomFieldRow>('admin', 'customFields.update', {
      id: number.id,
      rowVersion: number.rowVersion,
      patch: { inGrid: false },
    });
    expect(indexes()).toEqual([]);
    const back = await value<CustomFieldRow>('admin', 'customFields.update', {
      id: number.id,
      rowVersion: moved.rowVersion,
      patch: { inGrid: true },
    });
    expect(indexes()).toEqual(['cf_people_f1']);
    await value('admin', 'customFields.update', {
      id: number.id,
      rowVersion: back.rowVersion,
      patch: { hidden: true },
    });
    expect(indexes()).toEqual([]);
  });
});
