// The city's package commands as the acceptance checks run them: verify prints exactly one JSON object and
// exits 0 only when the package is good; import previews and applies with per-table counts; receipt goes back.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-support';
import { KEY_PASSPHRASE, tempDir } from '../support';
import { addGenerated, cityWith, COUNTY, CITY, exportTo } from './exchange-apply-support';

const env = { BOAI_KEY_PASSPHRASE: KEY_PASSPHRASE };

describe('package verify / import / receipt (CLI)', () => {
  // Seven CLI runs, each starting Node and tsx and signing in: minutes on a loaded machine.
  it(
    'verifies, previews, applies, reports a replay, writes a receipt the county imports',
    { timeout: 420_000 },
    async () => {
      const {
        city,
        counties: [county],
      } = cityWith(COUNTY);
      addGenerated(county!, 4);
      const [file] = await exportTo(county!, CITY);
      const cityDir = path.dirname(city.store.file);

      const verified = runCli(cityDir, ['package', 'verify', file!, '--json'], env);
      expect(verified.status).toBe(0);
      expect(verified.json()).toEqual({ ok: true, sender: COUNTY, seq: 1, kind: 'delta', counts: { people: 4 } });

      const cut = path.join(tempDir('boai-cut-'), 'cut.boaipkg');
      fs.writeFileSync(cut, fs.readFileSync(file!).subarray(0, 900));
      const refused = runCli(cityDir, ['package', 'verify', cut, '--json'], env);
      expect(refused.status).toBe(1);
      expect(refused.json()).toMatchObject({
        ok: false,
        code: 'PKG_TRUNCATED',
        message: expect.stringContaining('Copy it again'),
      });

      const preview = runCli(cityDir, ['package', 'import', file!, '--dry-run', '--json'], env);
      expect(preview.status).toBe(0);
      expect(preview.json()).toMatchObject({
        ok: true,
        status: 'preview',
        tables: { people: { new: 4, updated: 0, unchanged: 0, voided: 0, conflicts: 0 } },
      });
      expect(city.store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);

      expect(runCli(cityDir, ['package', 'import', file!, '--json'], env).json()).toMatchObject({
        ok: true,
        status: 'applied',
        tables: { people: { new: 4 } },
      });
      expect(runCli(cityDir, ['package', 'import', file!, '--json'], env).json()).toMatchObject({
        ok: true,
        status: 'already',
        code: 'PKG_ALREADY_IMPORTED',
      });

      const receiptFile = path.join(tempDir('boai-receipt-'), 'receipt.boaipkg');
      const receipt = runCli(cityDir, ['package', 'receipt', receiptFile, '--to', COUNTY, '--json'], env);
      expect(receipt.json()).toMatchObject({ ok: true, to: COUNTY, seq: 1, lastContiguousSeq: 1, file: receiptFile });
      const imported = runCli(path.dirname(county!.store.file), ['package', 'import', receiptFile, '--json'], env);
      expect(imported.json()).toMatchObject({ ok: true, kind: 'receipt', lastContiguousSeq: 1, acknowledged: 1 });
    },
  );
});
