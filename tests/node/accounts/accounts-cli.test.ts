// `users reset-password`: the administrator's recovery on the machine, run for real in a child process.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-support';
import { tempDir } from '../support';

function passwordFile(password: string): string {
  const file = path.join(tempDir(), 'pw.txt');
  fs.writeFileSync(file, `${password}\n`);
  return file;
}

function initOffice(dataDir: string) {
  const run = runCli(dataDir, [
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
    passwordFile('cli-admin-pass'),
    '--json',
  ]);
  expect(run.status).toBe(0);
}

describe('cli: users reset-password', () => {
  it('sets a new password, unlocks the account and is audited as the CLI', () => {
    const dataDir = tempDir();
    initOffice(dataDir);
    const dbFile = path.join(dataDir, 'boai.sqlite');
    const locked = new Database(dbFile);
    locked
      .prepare("UPDATE users SET failed_logins = 3, locked_until = '2999-01-01T00:00:00.000Z' WHERE username = 'admin'")
      .run();
    locked.close();

    const run = runCli(dataDir, [
      'users',
      'reset-password',
      'admin',
      '--password-file',
      passwordFile('recovered-pass-9'),
      '--json',
    ]);
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ ok: true, user: 'admin', unlocked: true });

    const db = new Database(dbFile, { readonly: true });
    expect(
      db
        .prepare("SELECT failed_logins AS failed, locked_until AS lockedUntil FROM users WHERE username = 'admin'")
        .get(),
    ).toEqual({ failed: 0, lockedUntil: null });
    const audit = db
      .prepare("SELECT username, after FROM audit_log WHERE method = 'cli.users.resetPassword'")
      .all() as { username: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.username).toMatch(/^cli:/);
    expect(JSON.parse(audit[0]!.after)).toEqual({ username: 'admin', passwordReset: true, unlocked: true });
    db.close();
  });

  it('refuses a password that breaks a rule, and an unknown user, with exit code not 0 and one JSON object', () => {
    const dataDir = tempDir();
    initOffice(dataDir);
    const common = runCli(dataDir, [
      'users',
      'reset-password',
      'admin',
      '--password-file',
      passwordFile('1234567890'),
      '--json',
      '--lang',
      'zh-CN',
    ]);
    expect(common.status).not.toBe(0);
    expect(common.json()).toMatchObject({
      ok: false,
      code: 'PASSWORD_TOO_COMMON',
      message: '这个密码太常见，容易被猜到，请换一个。',
    });
    const unknown = runCli(dataDir, [
      'users',
      'reset-password',
      'nobody',
      '--password-file',
      passwordFile('recovered-pass-9'),
      '--json',
    ]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.json()).toMatchObject({ ok: false, code: 'USER_NOT_FOUND' });
    const db = new Database(path.join(dataDir, 'boai.sqlite'), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE method = 'cli.users.resetPassword'").pluck().get()).toBe(0);
    db.close();
  });
});
