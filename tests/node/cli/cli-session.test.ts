// The CLI is one more door to the router: it signs in as a named user, the router's role checks and the
// contract's zod schemas refuse what they refuse on the screen, and what it writes is audited under that user.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookBuffer } from '../../fixtures/xlsx';
import { runCli, signedInAs } from '../cli-support';
import { rosterWithFiveBadRows } from '../people/people-import-support';
import { officeBackend, tempDir } from '../support';

const HEADER = ['仓库', '物资编码', '物资名称', '批号', '有效期至', '数量', '单价（元）', '捐赠方'];
const CLI_RUNS_TIMEOUT = 300_000;

async function openingFile(): Promise<string> {
  const file = path.join(tempDir(), '期初库存.xlsx');
  fs.writeFileSync(
    file,
    await workbookBuffer([HEADER, ['一号仓库', 'MB-01', '棉被', 'A1', null, 20, 80, null]], { title: '期初库存' }),
  );
  return file;
}

const stockRows = (store: ReturnType<typeof officeBackend>['store']) =>
  store.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM stock_documents), (SELECT count(*) FROM stock_warehouses),
    (SELECT count(*) FROM stock_items)`,
    )
    .raw()
    .get();

describe('cli: one door with a session', () => {
  it(
    "refuses a viewer importing opening stock with the router's own sentence, and writes nothing",
    { timeout: CLI_RUNS_TIMEOUT },
    async () => {
      const { backend, store, addUser } = officeBackend();
      addUser('viewer1', ['viewer'], 'viewer-pass-1');
      const file = await openingFile();
      const before = stockRows(store);
      const run = runCli(
        backend.dataDir,
        ['stock', 'import-opening', file, '--create-missing', '--json', '--lang', 'zh-CN'],
        signedInAs('viewer1', 'viewer-pass-1'),
      );
      expect(run.status).toBe(1);
      expect(run.json()).toEqual({ ok: false, code: 'FORBIDDEN', message: '您没有权限执行此操作。' });
      expect(stockRows(store)).toEqual(before);
    },
  );

  it("audits a write under the signed-in user's name, never the machine's", { timeout: CLI_RUNS_TIMEOUT }, async () => {
    const { backend, store, addUser } = officeBackend();
    addUser('clerk1', ['clerk'], 'clerk-pass-1');
    const file = path.join(tempDir(), '花名册.xlsx');
    fs.writeFileSync(file, (await rosterWithFiveBadRows()).content);
    const passwordFile = path.join(tempDir(), 'pw');
    fs.writeFileSync(passwordFile, 'clerk-pass-1\n');
    const last = store.sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    const run = runCli(
      backend.dataDir,
      ['people', 'import', file, '--user', 'clerk1', '--password-file', passwordFile, '--json'],
      { BOAI_USER: '', BOAI_PASSWORD: '' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({ imported: 15 });
    const entries = store.sqlite
      .prepare('SELECT method, username FROM audit_log WHERE seq > ? ORDER BY seq')
      .all(last) as { method: string; username: string }[];
    expect(entries.map((entry) => entry.method)).toEqual(expect.arrayContaining(['auth.login', 'people.importCommit']));
    expect(new Set(entries.map((entry) => entry.username))).toEqual(new Set(['clerk1']));
    expect(store.sqlite.prepare('SELECT DISTINCT created_by FROM people').pluck().all()).toEqual(['clerk1']);
  });

  it(
    'refuses an invalid argument by the contract, saying the field as the form labels it',
    { timeout: CLI_RUNS_TIMEOUT },
    async () => {
      const { backend } = officeBackend();
      const file = await openingFile();
      const zh = runCli(backend.dataDir, [
        'stock',
        'import-opening',
        file,
        '--date',
        '2025-02-30',
        '--json',
        '--lang',
        'zh-CN',
      ]);
      expect(zh.status).toBe(1);
      expect(zh.json()).toEqual({ ok: false, code: 'INPUT_INVALID', message: '业务日期的日期格式应为 年-月-日。' });
      const en = runCli(backend.dataDir, [
        'stock',
        'import-opening',
        file,
        '--date',
        '2025-02-30',
        '--json',
        '--lang',
        'en',
      ]);
      expect(en.json()).toEqual({
        ok: false,
        code: 'INPUT_INVALID',
        message: 'Document date: date as year-month-day (2025-06-30).',
      });
    },
  );

  it(
    'asks for a sign-in, and refuses a wrong password as the sign-in screen does',
    { timeout: CLI_RUNS_TIMEOUT },
    () => {
      const { backend } = officeBackend();
      const none = runCli(backend.dataDir, ['keys', 'list', '--json', '--lang', 'en'], {
        BOAI_USER: '',
        BOAI_PASSWORD: '',
      });
      expect(none.status).toBe(1);
      expect(none.json()).toMatchObject({
        ok: false,
        code: 'CLI_SIGN_IN_NEEDED',
        message: expect.stringContaining('--user'),
      });
      const wrong = runCli(backend.dataDir, ['keys', 'list', '--json'], signedInAs('admin', 'not-the-password'));
      expect(wrong.json()).toMatchObject({ ok: false, code: 'LOGIN_FAILED' });
    },
  );
});
