// The people grid at 250,000 people: how long a page (100 rows + total) takes for the common views,
// measured through the same query functions the API calls. Target p95 <= 150 ms each.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Store } from '../../db/open';
import { setUpNewOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { createCustomField } from '../../electron/core/customFields/fields';
import { listPeople, peopleFacets, type PeoplePageQuery } from '../../electron/core/people/query';
import { personInsertParams, personInsertStatement } from '../../electron/core/people/rows';
import { checkPerson, type NormalizedPerson } from '../../electron/core/people/validate';
import type { RecordMeta } from '../../electron/core/records/write';
import { generatePeople, seededRandom, TOWNSHIPS } from '../fixtures/people';
import type { Bench, BenchTable } from './types';

const PEOPLE = 250_000;
const RUNS = 40;
const TARGET_P95_MS = 150;

function fillPeople(store: Store, people: NormalizedPerson[]): number {
  const started = performance.now();
  const insert = personInsertStatement(store.sqlite);
  const at = new Date('2024-03-01T08:00:00Z').getTime();
  store.sqlite.transaction(() => {
    people.forEach((person, i) => {
      const stamp = new Date(at + i * 1000).toISOString();
      const meta: RecordMeta = {
        id: randomUUID(),
        officeCode: '321302',
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: 'bench',
        updatedBy: 'bench',
        rowVersion: 1,
        voided: false,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
      };
      insert.run(personInsertParams(person, meta));
    });
  })();
  return performance.now() - started;
}

/** The office and its two grid fields, defined as an admin would (which builds their indexes). */
function defineFields(ctx: CoreContext): number {
  const started = performance.now();
  const admin = { ...ctx, actor: { ...ctx.actor!, roles: ['admin' as const] } };
  setUpNewOffice(
    { ...ctx, actor: null },
    {
      code: '321302',
      name: '宿城区红十字会',
      role: 'county',
      admin: { username: 'admin', password: 'bench-password-1' },
    },
  );
  inTransaction(admin, () => {
    createCustomField(admin, {
      roster: 'people',
      labelZh: '血型',
      labelEn: 'Blood type',
      type: 'choice',
      choices: ['A', 'B', 'O', 'AB'],
      inGrid: true,
    });
    createCustomField(admin, {
      roster: 'people',
      labelZh: '献血次数',
      labelEn: 'Donations',
      type: 'number',
      inGrid: true,
    });
  });
  return performance.now() - started;
}

function inTransaction(ctx: CoreContext, work: () => void): void {
  ctx.store.sqlite.transaction(work)();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Shape {
  label: string;
  query: (run: number) => PeoplePageQuery;
}

/** Wall time and CPU time (user + sys) per run: on a shared, loaded machine the CPU time is the fairer figure. */
function time(ctx: CoreContext, shape: Shape): { p50: number; p95: number; cpu95: number; total: number } {
  listPeople(ctx, shape.query(0)); // warm the statement cache, as a second visit to the page would
  const times: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    total = listPeople(ctx, shape.query(run)).total;
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu95: percentile(cpu, 95), total };
}

export const peopleQueryBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-bench-people-'));
  const store = openDatabase(path.join(dir, 'office.db'));
  try {
    const checkStarted = performance.now();
    // Every person holds two custom field values (血型 f1, 献血次数 f2), as an office that added fields would.
    const bloodTypes = ['A', 'B', 'O', 'AB'];
    const people = generatePeople(PEOPLE, 2024).map((p, i) => ({
      ...checkPerson(p).person!,
      customFields: JSON.stringify({ f1: bloodTypes[i % 4], f2: (i * 7) % 40 }),
    }));
    const checkMs = performance.now() - checkStarted;
    const fillMs = fillPeople(store, people);
    // A clerk: the grid with every search and sort (roles without the reveal permission get fewer of them).
    const ctx: CoreContext = {
      store,
      actor: { userId: 'bench', username: 'bench', displayName: 'bench', roles: ['clerk'] },
      method: 'bench',
      now: () => new Date(),
    };
    const fieldsMs = defineFields(ctx);
    const random = seededRandom(99);
    const sample = () => people[Math.floor(random() * people.length)]!;
    const page = (run: number) => ({ offset: (run % 5) * 100, limit: 100 });
    const shapes: Shape[] = [
      { label: 'first page (100 rows + total)', query: () => ({ offset: 0, limit: 100 }) },
      {
        label: 'sort by name (asc/desc, pages 1-5)',
        query: (run) => ({ ...page(run), sort: [{ column: 'name', direction: run % 2 ? 'desc' : 'asc' }] }),
      },
      { label: 'filter by township', query: (run) => ({ ...page(run), township: TOWNSHIPS[run % TOWNSHIPS.length] }) },
      {
        label: 'pinyin-initial search (2-3 letters)',
        query: () => ({
          offset: 0,
          limit: 100,
          search: sample().pinyinInitials.slice(0, 2 + Math.floor(random() * 2)),
        }),
      },
      {
        label: 'ID-tail search (4-6 digits)',
        query: () => ({ offset: 0, limit: 100, search: sample().idNumber.slice(-(4 + Math.floor(random() * 3))) }),
      },
      // Column filters (the grid's filter row), sorted by name as the grid opens.
      {
        label: 'column filter: name contains',
        query: (run) => ({
          ...page(run),
          columnFilters: [{ kind: 'contains', column: 'name', text: [...sample().name].slice(-1)[0]! }],
        }),
      },
      {
        label: 'column filter: village contains',
        query: (run) => ({
          ...page(run),
          columnFilters: [{ kind: 'contains', column: 'village', text: [...sample().village!].slice(0, 2).join('') }],
        }),
      },
      {
        label: 'column filter: work unit contains',
        query: (run) => ({
          ...page(run),
          columnFilters: [
            { kind: 'contains', column: 'workUnit', text: (sample().workUnit ?? '宿迁市医院').slice(2, 4) },
          ],
        }),
      },
      {
        label: 'column filter: township choice (2)',
        query: (run) => ({
          ...page(run),
          columnFilters: [
            {
              kind: 'choice',
              column: 'township',
              values: [TOWNSHIPS[run % TOWNSHIPS.length]!, TOWNSHIPS[(run + 7) % TOWNSHIPS.length]!],
            },
          ],
        }),
      },
      {
        label: 'column filter: gender choice',
        query: (run) => ({
          ...page(run),
          columnFilters: [{ kind: 'choice', column: 'gender', values: [run % 2 ? 'M' : 'F'] }],
        }),
      },
      {
        label: 'column filter: registered date range',
        query: (run) => ({
          ...page(run),
          columnFilters: [
            { kind: 'dateRange', column: 'createdAt', from: '2024-03-02', to: `2024-03-0${3 + (run % 5)}` },
          ],
        }),
      },
      {
        label: 'column filter: township + village contains',
        query: (run) => ({
          ...page(run),
          columnFilters: [
            { kind: 'choice', column: 'township', values: [TOWNSHIPS[run % TOWNSHIPS.length]!] },
            { kind: 'contains', column: 'village', text: '村' },
          ],
        }),
      },
      {
        label: 'custom field: sort by a number (pages 1-5)',
        query: (run) => ({ ...page(run), sort: [{ column: 'f2', direction: run % 2 ? 'desc' : 'asc' }] }),
      },
      {
        label: 'custom field: choice filter',
        query: (run) => ({
          ...page(run),
          columnFilters: [{ kind: 'custom', key: 'f1', match: { op: 'choice', values: [run % 2 ? 'AB' : 'O'] } }],
        }),
      },
      {
        label: 'custom field: number range + sort by it',
        query: (run) => ({
          ...page(run),
          sort: [{ column: 'f2', direction: 'asc' }],
          columnFilters: [
            { kind: 'custom', key: 'f2', match: { op: 'numberRange', min: run % 30, max: (run % 30) + 5 } },
          ],
        }),
      },
      {
        label: 'extra: pinyin full search',
        query: () => ({ offset: 0, limit: 100, search: sample().pinyinFull.slice(0, 5) }),
      },
      {
        label: 'extra: mobile prefix (7 digits)',
        query: () => ({
          offset: 0,
          limit: 100,
          search: people.find((p, i) => i >= Math.floor(random() * 1000) && p.mobile)!.mobile!.slice(0, 7),
        }),
      },
      {
        label: 'extra: Han name (full name substring)',
        query: () => ({ offset: 0, limit: 100, search: sample().name }),
      },
      { label: 'extra: Han surname prefix', query: () => ({ offset: 0, limit: 100, search: [...sample().name][0]! }) },
      {
        label: 'extra: sort by birth date desc',
        query: (run) => ({ ...page(run), sort: [{ column: 'birthDate', direction: 'desc' }] }),
      },
      { label: 'extra: deep page (offset ~200,000)', query: (run) => ({ offset: 200_000 + run * 100, limit: 100 }) },
      {
        label: 'extra: township + search + sort',
        query: (run) => ({
          offset: 0,
          limit: 100,
          township: TOWNSHIPS[run % TOWNSHIPS.length],
          search: 'z',
          sort: [{ column: 'birthDate', direction: 'asc' }],
        }),
      },
    ];
    const rows = shapes.map((shape) => {
      const { p50, p95, cpu95, total } = time(ctx, shape);
      const verdict = shape.label.startsWith('extra') ? '-' : p95 <= TARGET_P95_MS ? 'ok' : 'OVER';
      return [shape.label, p50.toFixed(1), p95.toFixed(1), cpu95.toFixed(1), `<= ${TARGET_P95_MS}`, verdict, total];
    });
    const facetTimes: number[] = [];
    for (let run = 0; run < 10; run++) {
      const started = performance.now();
      peopleFacets(ctx, run % 2 ? TOWNSHIPS[run] : undefined);
      facetTimes.push(performance.now() - started);
    }
    facetTimes.sort((a, b) => a - b);
    rows.push([
      'extra: facets (townships, villages)',
      percentile(facetTimes, 50).toFixed(1),
      percentile(facetTimes, 95).toFixed(1),
      '-',
      '-',
      '-',
      '-',
    ]);
    const table: BenchTable = {
      title: `People grid queries, ${PEOPLE.toLocaleString('en')} people (${RUNS} runs each, through listPeople)`,
      columns: ['query', 'p50 ms', 'p95 ms', 'CPU p95 ms', 'target p95', 'verdict', 'total (last run)'],
      rows,
      notes: [
        `set-up: checkPerson of ${PEOPLE.toLocaleString('en')} generated people ${(checkMs / 1000).toFixed(1)} s, prepared-statement insert ${(fillMs / 1000).toFixed(1)} s, two grid fields defined with their indexes ${(fieldsMs / 1000).toFixed(1)} s`,
        'every figure includes the page of 100 rows and the total count with the same WHERE',
      ],
    };
    return [table];
  } finally {
    store.sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
