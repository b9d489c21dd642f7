// The CLI's office and database commands, run for real in a child process.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-support';
import { tempDir } from '../support';

function initOffice(dataDir: string) {
  const passwordFile = path.join(tempDir(), 'pw.txt');
  fs.writeFileSync(passwordFile, 'cli-admin-pass\n');
  return runCli(dataDir, [
    'office',
    'init',
    '--code',
    '321302',
    '--name',
    '宿城区红十字会',
    '--role',
    'county',
    '--admin',
    'admin',
    '--password-file',
    passwordFile,
    '--json',
  ]);
}

describe('cli: office and db', () => {
  it('sets up an office exactly as first run does, and refuses a second setup', () => {
    const dataDir = tempDir();
    const run = initOffice(dataDir);
    expect(run.status).toBe(0);
    expect(run.json()).toMatchObject({ ok: true, office: { code: '321302', name: '宿城区红十字会', role: 'county' } });
    const db = new Database(path.join(dataDir, 'boai.sqlite'), { readonly: true });
    expect(db.prepare('SELECT username, roles FROM users').all()).toEqual([{ username: 'admin', roles: 'admin' }]);
    // The set-up, and the course kinds a county starts with (training/kinds/defaults.ts).
    expect(db.prepare(`SELECT method FROM audit_log`).pluck().all()).toEqual([
      'cli.office.init',
      'training.seedDefaults',
    ]);
    expect(db.prepare('SELECT count(*) FROM training_kinds').pluck().get()).toBe(7);
    db.close();
    const again = initOffice(dataDir);
    expect(again.status).not.toBe(0);
    expect(again.json()).toMatchObject({ ok: false, code: 'OFFICE_ALREADY_SET_UP' });
  });

  it('says so, and exits non-zero, on a data folder with no office', () => {
    const run = runCli(tempDir(), ['db', 'check', '--json']);
    expect(run.status).not.toBe(0);
    expect(run.json()).toMatchObject({ ok: false, code: 'OFFICE_NOT_SET_UP' });
    expect(run.stderr).toContain('office init');
  });

  it('checks integrity, migrations and the audit chain, and reports a broken link', { timeout: 180_000 }, () => {
    const dataDir = tempDir();
    initOffice(dataDir);
    const clean = runCli(dataDir, ['db', 'check', '--json']);
    expect(clean.status).toBe(0);
    expect(clean.json()).toMatchObject({
      ok: true,
      integrity: 'ok',
      migrations: { ok: true },
      audit: { ok: true, entries: 2 },
    });

    const db = new Database(path.join(dataDir, 'boai.sqlite'));
    db.prepare(`UPDATE audit_log SET username = 'someone-else'`).run();
    db.close();
    const broken = runCli(dataDir, ['db', 'check', '--json']);
    expect(broken.status).toBe(1);
    expect(broken.json()).toMatchObject({
      ok: false,
      audit: { ok: false, firstBrokenSeq: 1, findings: [{ kind: 'AUDIT_CHAIN_BROKEN', seq: 1 }] },
    });
  });

  it('backs up to a file that opens with the same data', () => {
    const dataDir = tempDir();
    initOffice(dataDir);
    const target = path.join(tempDir(), 'copy.sqlite');
    const run = runCli(dataDir, ['db', 'backup', target, '--json']);
    expect(run.status).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT name FROM office').pluck().get()).toBe('宿城区红十字会');
    copy.close();
  });

  it('prints usage for an unknown command and exits non-zero', () => {
    const run = runCli(tempDir(), ['frobnicate', '--json']);
    expect(run.status).toBe(2);
    expect(run.json()).toMatchObject({ ok: false, code: 'USAGE' });
  });
});
