// Two windows issuing at the same time on two connections (two processes, one database file) never give the
// same number twice and leave no gap: the sequence is taken inside each write's BEGIN IMMEDIATE transaction.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCharacter } from '@rules/training/checkCharacter';
import { certificateOffice } from './register-support';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

function issuingChild(file: string, kindId: string, personIds: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'register-issue-child.ts'), file, kindId, ...personIds],
    { cwd: repoRoot },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const ready = new Promise<void>((resolve) =>
    child.stdout.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) resolve();
    }),
  );
  const done = new Promise<string[]>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length))) : reject(new Error(`child failed ${code}: ${err}`)),
    ),
  );
  return { ready, done, go: () => child.stdin.write('go\n') };
}

describe('certificate numbers with two connections', () => {
  it('two processes issuing at once get distinct numbers, 1 to 160 with none missing', async () => {
    const o = await certificateOffice(160);
    const ids = o.people.map((p) => p.id);
    const kindId = o.kindId('rescuer');
    const children = [
      issuingChild(o.store.file, kindId, ids.slice(0, 80)),
      issuingChild(o.store.file, kindId, ids.slice(80)),
    ];
    await Promise.all(children.map((c) => c.ready));
    children.forEach((c) => c.go());
    const numbers = (await Promise.all(children.map((c) => c.done))).flat();
    expect(numbers).toHaveLength(160);
    const expected = Array.from({ length: 160 }, (_, n) => {
      const body = `321302-2025-${String(n + 1).padStart(6, '0')}`;
      return body + checkCharacter(body);
    });
    expect([...numbers].sort()).toEqual(expected);
    expect(o.store.sqlite.prepare('SELECT count(DISTINCT number) FROM training_certificates').pluck().get()).toBe(160);
  });
});
