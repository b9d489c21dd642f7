// The certificate register at a city's cumulative scale: 230,000 certificates over 200,000 people (some renewed,
// some revoked), the register grid's filters and searches (a page of 100 + total, target p95 <= 150 ms), and
// issuing a 500-trainee course in one transaction (numbers, renewal look-ups, 500 records with their journal;
// target <= 1 s). Through the same core functions the API calls, on a real database file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trainingCertificates, trainingCourses, trainingEnrolments } from '../../db/schema';
import { openBackend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import { appendAudit } from '../../electron/core/audit/chain';
import type { CoreContext } from '../../electron/core/context';
import { insertRecords, recordInserter } from '../../electron/core/records/bulk';
import { timeOrderedIds } from '../../electron/core/records/ids';
import { valueRead } from '../../electron/core/records/reads';
import { seedTrainingDefaults } from '../../electron/core/training/kinds/defaults';
import type { CertificateQuery } from '../../electron/core/training/register/contract';
import { issueForCourse } from '../../electron/core/training/register/issue';
import { listCertificates } from '../../electron/core/training/register/query';
import type { Role } from '../../rules/roles';
import { certificateExpiry } from '../../rules/training/certificateDates';
import { DEFAULT_SKILLS, TRAINING_SECTORS } from '../../rules/training/kinds';
import { seededRandom, TOWNSHIPS } from '../fixtures/people';
import { seedPeople } from '../fixtures/registryPeople';
import type { Bench } from './types';

const PEOPLE = 200_000;
const CERTIFICATES = 230_000;
const COURSE = 500;
const RUNS = 30;
const ISSUE_RUNS = 5;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function isoDay(random: () => number, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1),
    end = Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(random() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

function kindIdOf(ctx: CoreContext, code: string): string {
  return ctx.store.sqlite.prepare('SELECT id FROM training_kinds WHERE code = ?').pluck().get(code) as string;
}

function fillCertificates(ctx: CoreContext, personIds: string[], townships: (string | null)[]): void {
  const random = seededRandom(230);
  const kinds = [kindIdOf(ctx, 'rescuer'), kindIdOf(ctx, 'primary'), kindIdOf(ctx, 'instructor')];
  const insert = recordInserter(ctx, trainingCertificates, '321302', [
    'number',
    'personId',
    'kindId',
    'source',
    'issueDate',
    'expiryDate',
    'previousId',
    'township',
    'sector',
    'revokedAt',
    'revokeReason',
    'printCount',
  ]);
  const ids = timeOrderedIds(CERTIFICATES, ctx.now());
  ctx.store.sqlite.transaction(() => {
    for (let n = 0; n < CERTIFICATES; n++) {
      // The first 200,000 go one to each person; the other 30,000 renew one of them (superseding it).
      const renews = n >= PEOPLE ? n - PEOPLE : null;
      const person = renews === null ? n : renews;
      const issueDate = renews === null ? isoDay(random, 2016, 2023) : isoDay(random, 2024, 2026);
      const revoked = random() < 0.003;
      insert(ids[n]!, {
        number: `LEGACY-${String(n + 1).padStart(7, '0')}`,
        personId: personIds[person]!,
        kindId: kinds[person % 10 === 0 ? 2 : person % 3 === 0 ? 1 : 0]!,
        source: 'legacy',
        issueDate,
        expiryDate: certificateExpiry(issueDate),
        previousId: renews === null ? null : ids[renews]!,
        township: townships[person] ?? null,
        sector: TRAINING_SECTORS[person % TRAINING_SECTORS.length]!,
        revokedAt: revoked ? '2025-01-01T00:00:00.000Z' : null,
        revokeReason: revoked ? '冒名顶替' : null,
        printCount: 1,
      });
    }
    // As the old register's import does: one audit entry for the load, so the first issue does not fold its journal.
    appendAudit(ctx, { method: 'bench.fill', tableName: 'training_certificates', recordId: null, after: {} });
  })();
}

const RENEWABLE_HOLDERS = valueRead<string, [kindId: string, limit: number]>(
  `SELECT c.person_id FROM training_certificates c WHERE c.kind_id = ? AND c.previous_id IS NULL
     AND c.revoked_at IS NULL AND c.expiry_date >= '2025-05-11' AND c.voided = 0
     AND NOT EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0)
   ORDER BY c.rowid LIMIT ?`,
);

function seedCourse(ctx: CoreContext, kindId: string, personIds: string[], seq: number): string {
  return ctx.store.sqlite.transaction(() => {
    const [courseId] = insertRecords(ctx, trainingCourses, '321302', [
      {
        number: `321302-2026-B${seq}`,
        kindId,
        title: `千人培训 ${seq}`,
        startDate: '2026-05-10',
        endDate: '2026-05-11',
        sessions: 4,
        venue: null,
        township: '幸福街道',
        village: null,
        sector: 'school',
        hostUnit: null,
        capacity: null,
        fundingSource: null,
        headCount: null,
        instructorsConfirmedBy: null,
        instructorsConfirmedAt: null,
        notes: null,
      },
    ]);
    const skills = JSON.stringify(Object.fromEntries(DEFAULT_SKILLS.map((s) => [s, true])));
    insertRecords(
      ctx,
      trainingEnrolments,
      '321302',
      personIds.map((personId) => ({
        courseId: courseId!,
        personId,
        attendance: 'PPPP',
        theoryScore: 90,
        skillResults: skills,
      })),
    );
    return courseId!;
  })();
}

export const certificateRegisterBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-bench-certs-'));
  const backend = openBackend(dir);
  try {
    const system: CoreContext = { store: backend.store, actor: null, method: 'bench.setup', now: () => new Date() };
    setupOffice(system, {
      code: '321302',
      name: '宿城区红十字会',
      role: 'county',
      admin: { username: 'admin', password: 'admin-pass-123' },
    });
    backend.store.sqlite.transaction(() => seedTrainingDefaults(system, '321302'))(); // as the first-run set-up does
    const as = (roles: Role[]): CoreContext => ({
      store: backend.store,
      actor: { userId: 'bench', username: 'bench', displayName: 'bench', roles },
      method: 'bench',
      now: () => new Date(),
    });
    const trainer = as(['trainer']);
    const fillStarted = performance.now();
    const people = seedPeople(backend.store, PEOPLE + COURSE * ISSUE_RUNS, 2026);
    const holders = people.slice(0, PEOPLE);
    fillCertificates(
      trainer,
      holders.map((p) => p.id),
      holders.map((p) => p.township ?? null),
    );
    backend.store.sqlite.exec('ANALYZE');
    const fillMs = performance.now() - fillStarted;

    const random = seededRandom(7);
    const sample = () => holders[Math.floor(random() * holders.length)]!;
    const page = (run: number) => ({ offset: (run % 5) * 100, limit: 100 });
    const shapes: { label: string; query: (run: number) => CertificateQuery & { offset: number; limit: number } }[] = [
      { label: 'first page (100 rows + total)', query: () => ({ offset: 0, limit: 100 }) },
      ...(['VALID', 'EXPIRING', 'EXPIRED', 'REVOKED', 'SUPERSEDED'] as const).map((status) => ({
        label: `status ${status} (pages 1-5)`,
        query: (run: number) => ({ ...page(run), status }),
      })),
      {
        label: 'township (pages 1-5)',
        query: (run) => ({ ...page(run), township: TOWNSHIPS[run % TOWNSHIPS.length] }),
      },
      { label: 'expiring within 90 days', query: (run) => ({ ...page(run), expiringSoon: true }) },
      {
        label: 'kind 初级救护员 + township',
        query: (run) => ({
          ...page(run),
          kindId: kindIdOf(trainer, 'primary'),
          township: TOWNSHIPS[run % TOWNSHIPS.length],
        }),
      },
      { label: 'search name (full)', query: () => ({ offset: 0, limit: 100, search: sample().name }) },
      {
        label: 'search pinyin initials (2-3)',
        query: () => ({
          offset: 0,
          limit: 100,
          search: sample().pinyinInitials.slice(0, 2 + Math.floor(random() * 2)),
        }),
      },
      { label: 'search ID tail (4)', query: () => ({ offset: 0, limit: 100, search: sample().idNumber.slice(-4) }) },
      {
        label: 'search certificate number (whole)',
        query: () => ({
          offset: 0,
          limit: 100,
          search: `LEGACY-${String(1 + Math.floor(random() * CERTIFICATES)).padStart(7, '0')}`,
        }),
      },
      {
        label: 'search certificate number (prefix)',
        query: () => ({ offset: 0, limit: 100, search: `LEGACY-01${Math.floor(random() * 10)}` }),
      },
    ];
    const rows: (string | number)[][] = [];
    for (const ctx of [as(['clerk']), as(['viewer'])]) {
      for (const shape of shapes) {
        const first = performance.now();
        listCertificates(ctx, shape.query(0));
        const firstMs = performance.now() - first;
        const times: number[] = [];
        let total = 0;
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now();
          total = listCertificates(ctx, shape.query(run)).total;
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        rows.push([
          `${ctx.actor!.roles[0]}: ${shape.label}`,
          total,
          firstMs.toFixed(1),
          percentile(times, 50).toFixed(1),
          percentile(times, 95).toFixed(1),
          '<= 150',
        ]);
      }
    }

    const timeIssue = (kindCode: string, trainees: (run: number) => string[], seq: number) => {
      const times: number[] = [];
      for (let run = 0; run < ISSUE_RUNS; run++) {
        const courseId = seedCourse(trainer, kindIdOf(trainer, kindCode), trainees(run), seq + run);
        const started = performance.now();
        const result = backend.store.sqlite.transaction(() => issueForCourse(trainer, courseId)).immediate();
        times.push(performance.now() - started);
        if (result.issued !== COURSE) throw new Error(`issued ${result.issued}`);
      }
      return times.sort((a, b) => a - b);
    };
    const issueTimes = timeIssue(
      'rescuer',
      (run) => people.slice(PEOPLE + run * COURSE, PEOPLE + (run + 1) * COURSE).map((p) => p.id),
      0,
    );
    // 复训 of holders whose 救护员 card a renewal on the course's last day (2026-05-11) still renews.
    const renewable = RENEWABLE_HOLDERS.on(backend.store.sqlite).all(kindIdOf(trainer, 'rescuer'), COURSE * ISSUE_RUNS);
    const renewalTimes = timeIssue(
      'rescuer-renewal',
      (run) => renewable.slice(run * COURSE, (run + 1) * COURSE),
      ISSUE_RUNS,
    );
    return [
      {
        title: `Certificate register: ${CERTIFICATES.toLocaleString('en')} certificates over ${PEOPLE.toLocaleString('en')} people (${RUNS} runs each; first = the count not yet remembered)`,
        columns: ['query', 'rows', 'first ms', 'p50 ms', 'p95 ms', 'target p95 ms'],
        rows,
        notes: [`filled in ${(fillMs / 1000).toFixed(1)} s`],
      },
      {
        title: `Issuing a ${COURSE}-trainee course in one transaction (${ISSUE_RUNS} courses)`,
        columns: ['measure', 'p50 ms', 'max ms', 'target ms'],
        rows: [
          ...[
            ['issueForCourse (500 certificates)', issueTimes] as const,
            ['issueForCourse, 复训 (500 renewals)', renewalTimes] as const,
          ].map(([label, times]) => [
            label,
            percentile([...times], 50).toFixed(1),
            times.at(-1)!.toFixed(1),
            '<= 1000',
          ]),
        ],
      },
    ];
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
