// A county starts with the default course kinds (普及培训, 初级救护员, 救护员, 救护师资 and a 复训 of each certified
// kind), the names clerks use for them, and the certificate number pattern: at set-up, or - for an office set up
// before training existed - once, when this version first opens its database.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupOffice } from '@core/accounts/office';
import { DEFAULT_CERTIFICATE_PATTERN } from '@rules/training/certificateNumber';
import { DEFAULT_KIND_ALIASES, DEFAULT_KINDS } from '@rules/training/kinds';
import { openBackend } from '../../../electron/backend';
import { ADMIN_PASSWORD, callerFor, freshBackend, tempDir } from '../support';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

type Db = ReturnType<typeof freshBackend>['store']['sqlite'];
const count = (sqlite: Db, table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

function kindsOf(sqlite: Db) {
  return sqlite
    .prepare(
      `SELECT k.code, k.name, k.category, r.code AS renews, k.validity_months AS months, k.pass_mark AS passMark
      FROM training_kinds k LEFT JOIN training_kinds r ON r.id = k.renews_kind_id ORDER BY k.sort_order`,
    )
    .all();
}

const setup = (role: 'county' | 'city', code: string) => ({
  code,
  name: `${code}红十字会`,
  role,
  admin: { username: 'admin', password: ADMIN_PASSWORD },
});

/** The migrations of the version before training: 0000-0006. */
function migrationsBeforeTraining(): string {
  const dir = tempDir('boai-migrations-');
  fs.cpSync(path.join(repoRoot, 'db', 'migrations'), dir, { recursive: true });
  for (const file of fs.readdirSync(dir)) if (file.startsWith('0007_')) fs.rmSync(path.join(dir, file));
  fs.rmSync(path.join(dir, 'meta', '0007_snapshot.json'));
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 7);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('training defaults', () => {
  it('are written when a county is set up, with the renewals linked to what they renew; a city gets none', async () => {
    const county = freshBackend();
    const answer = await county.router.call('office.setup', setup('county', '321302'), callerFor(county.router, 'c'));
    expect(answer.ok).toBe(true);
    const sqlite = county.store.sqlite;
    expect(kindsOf(sqlite)).toEqual([
      { code: 'popular', name: '普及培训', category: 'popular', renews: null, months: 36, passMark: 80 },
      { code: 'primary', name: '初级救护员', category: 'certified', renews: null, months: 36, passMark: 80 },
      { code: 'rescuer', name: '救护员', category: 'certified', renews: null, months: 36, passMark: 80 },
      { code: 'instructor', name: '救护师资', category: 'certified', renews: null, months: 36, passMark: 80 },
      {
        code: 'primary-renewal',
        name: '初级救护员复训',
        category: 'renewal',
        renews: 'primary',
        months: 36,
        passMark: 80,
      },
      { code: 'rescuer-renewal', name: '救护员复训', category: 'renewal', renews: 'rescuer', months: 36, passMark: 80 },
      {
        code: 'instructor-renewal',
        name: '救护师资复训',
        category: 'renewal',
        renews: 'instructor',
        months: 36,
        passMark: 80,
      },
    ]);
    const aliases = sqlite
      .prepare('SELECT a.alias, k.code FROM training_kind_aliases a JOIN training_kinds k ON k.id = a.kind_id')
      .all();
    expect(aliases).toEqual(
      expect.arrayContaining([
        { alias: '红十字救护员', code: 'rescuer' },
        { alias: '救护员(初级)', code: 'primary' },
        { alias: '师资', code: 'instructor' },
      ]),
    );
    expect(aliases).toHaveLength(Object.keys(DEFAULT_KIND_ALIASES).length);
    expect(sqlite.prepare('SELECT number_pattern FROM training_settings').pluck().get()).toBe(
      DEFAULT_CERTIFICATE_PATTERN,
    );
    // Journalled like any record (they travel to the city) and audited once.
    expect(count(sqlite, "change_journal WHERE table_name LIKE 'training_%'")).toBe(
      DEFAULT_KINDS.length + aliases.length + 1,
    );
    expect(count(sqlite, "audit_log WHERE method = 'training.seedDefaults'")).toBe(1);

    const city = freshBackend();
    await city.router.call('office.setup', setup('city', '321300'), callerFor(city.router, 'c'));
    expect(count(city.store.sqlite, 'training_kinds')).toBe(0);
  });

  it('reach a county set up before training once, when this version first opens its database', () => {
    const dir = tempDir();
    const older = openBackend(dir, { migrationsDir: migrationsBeforeTraining() });
    const system = { store: older.store, actor: null, method: 'test.setup', now: () => new Date() };
    setupOffice(system, setup('county', '321302'));
    older.close();

    const upgraded = openBackend(dir);
    expect(count(upgraded.store.sqlite, 'training_kinds')).toBe(DEFAULT_KINDS.length);
    expect(count(upgraded.store.sqlite, 'training_settings')).toBe(1);
    upgraded.close();
    const again = openBackend(dir);
    expect(count(again.store.sqlite, 'training_kinds')).toBe(DEFAULT_KINDS.length);
    again.close();
    expect(fs.readdirSync(path.join(dir, 'backups')).some((file) => file.includes('before-migration'))).toBe(true);
  });
});
