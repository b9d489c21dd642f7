// This machine's speed right now, printed with every bench run: the shared machines here run the same work
// up to 40% slower at times, with no sign of it in the load average. A fixed workload - 200,000 rows of 18
// columns inserted into an unindexed SQLite table in one transaction - lets two runs' figures be compared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Milliseconds for the fixed workload (best of 3). */
export function machineSpeedMs(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-speed-'));
  try {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const db = new Database(path.join(dir, `${run}.sqlite`));
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE t (id TEXT NOT NULL, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q)');
      const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      const started = performance.now();
      db.transaction(() => {
        for (let i = 0; i < 200_000; i++) {
          insert.run(
            `id-${i}`,
            '321301',
            '2024-01-01T00:00:00.000Z',
            '2024-01-01T00:00:00.000Z',
            'admin',
            'admin',
            1,
            0,
            '张建国',
            'M',
            '320102198001011234',
            '1980-01-01',
            '13812345678',
            '城关镇',
            '东风村',
            '432110108910201023',
            'zhangjianguo',
            'zjg',
          );
        }
      })();
      best = Math.min(best, performance.now() - started);
      db.close();
    }
    return Math.round(best);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
