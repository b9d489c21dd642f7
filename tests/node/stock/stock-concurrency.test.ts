// Two windows posting at the same time on two connections (two processes, one database file) never
// oversell: posting reads and writes the balances inside one BEGIN IMMEDIATE transaction.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveDocument } from '@core/stock/documents/workflow';
import { stockOffice } from './stock-support';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

type Outcome = { id: string; outcome: string };

/** Starts a child that opens the file and waits; resolves `ready` once it has, `done` with its outcomes. */
function postingChild(file: string, ids: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'stock-post-child.ts'), file, ...ids],
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
  const done = new Promise<Outcome[]>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length))) : reject(new Error(`child failed ${code}: ${err}`)),
    ),
  );
  return { ready, done, go: () => child.stdin.write('go\n') };
}

describe('concurrent posting', () => {
  it('two connections posting against the same lot at once never oversell', async () => {
    const s = stockOffice();
    const lot = s.receive([{ itemId: s.rice.id, lotNumber: 'C1', expiryDate: '2099-01-01', quantity: 200 }]).lines[0]!
      .lotId!;
    const approvedIssues = (n: number) =>
      Array.from({ length: n }, () => {
        const draft = s.issueDraft([{ itemId: s.rice.id, lotId: lot, quantity: 1 }]);
        approveDocument(s.approver, draft.document.id);
        return draft.document.id;
      });
    const shared = approvedIssues(20); // both try these: each is posted once
    const [own1, own2] = [approvedIssues(120), approvedIssues(120)];
    const children = [
      postingChild(s.store.file, [...shared, ...own1]),
      postingChild(s.store.file, [...[...shared].reverse(), ...own2]),
    ];
    await Promise.all(children.map((c) => c.ready)); // both loaded, connections open
    children.forEach((c) => c.go());
    const outcomes = (await Promise.all(children.map((c) => c.done))).flat();
    const posted = outcomes.filter((o) => o.outcome === 'posted');
    expect(posted).toHaveLength(200);
    expect(new Set(posted.map((o) => o.id)).size).toBe(200); // no document posted twice
    expect(outcomes.filter((o) => !['posted', 'STOCK_INSUFFICIENT', 'DOCUMENT_POSTED'].includes(o.outcome))).toEqual(
      [],
    );
    expect(outcomes.filter((o) => o.outcome === 'STOCK_INSUFFICIENT')).toHaveLength(60);
    const sqlite = s.store.sqlite;
    expect(s.balance(lot)).toBe(0);
    expect(sqlite.prepare('SELECT sum(quantity) FROM stock_movements WHERE lot_id = ?').pluck().get(lot)).toBe(0);
    expect(sqlite.prepare(`SELECT count(*) FROM stock_movements WHERE kind = 'issue'`).pluck().get()).toBe(200);
    // The two connections really raced: in posting order the poster changes hands many times.
    const posters = sqlite
      .prepare(`SELECT created_by FROM stock_movements WHERE kind = 'issue' ORDER BY seq`)
      .pluck()
      .all() as string[];
    const handovers = posters.filter((p, i) => i > 0 && p !== posters[i - 1]).length;
    expect(handovers).toBeGreaterThan(5);
  });
});
