// The same opening-balance file is posted once: a second import of the same bytes (whatever the file is
// called, through the app or the CLI) is refused with the date and the person of the first import, and
// stock stays as it was; an approver may post it again on purpose (again / --again), which is remembered too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import { importOpening } from '@core/stock/opening/import';
import { workbookBuffer } from '../../fixtures/xlsx';
import { runCli } from '../cli-support';
import { tempDir } from '../support';
import { signedInStockOffice, stockOffice } from './stock-reports-support';

const sheet = () =>
  workbookBuffer([
    ['仓库', '物资编码', '批号', '有效期至', '数量', '单价（元）'],
    ['一号仓库', 'MB-01', 'A1', null, 20, 80],
    ['一号仓库', 'SP-01', 'B1', '2027-06-30', 5, 50],
  ]);

const quantities = (office: ReturnType<typeof stockOffice>) =>
  onHand(office.admin).map((row) => [row.lotNumber, row.quantity]);

const localDate = (iso: string) => {
  const at = new Date(iso);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
};

describe('importing the same opening-balance file again', () => {
  it('is refused with the first import, under any file name, and the stock is not doubled', async () => {
    const office = stockOffice();
    const bytes = await sheet();
    const first = await importOpening(office.admin, { fileName: '期初库存.xlsx', bytes });
    expect(first).toMatchObject({ imported: 2, earlierImport: null });
    const number = first.documents[0]!.number;

    const checked = await importOpening(office.admin, { fileName: '期初库存(1).xlsx', bytes, dryRun: true });
    expect(checked.earlierImport).toMatchObject({ by: 'user-admin', fileName: '期初库存.xlsx', documents: [number] });
    await expect(importOpening(office.admin, { fileName: '期初库存(1).xlsx', bytes })).rejects.toMatchObject({
      code: 'OPENING_ALREADY_IMPORTED',
      details: { at: checked.earlierImport!.at, by: 'user-admin', documents: [number] },
    });
    expect(quantities(office)).toEqual([
      ['A1', 20],
      ['B1', 5],
    ]);

    // A different sheet is a different file.
    const other = await workbookBuffer([
      ['仓库', '物资编码', '批号', '数量'],
      ['一号仓库', 'MB-01', 'A2', 3],
    ]);
    expect(await importOpening(office.admin, { fileName: '期初库存.xlsx', bytes: other })).toMatchObject({
      imported: 1,
      earlierImport: null,
    });
  });

  it('needs an approver to post it again, and still names the first import afterwards', async () => {
    const office = stockOffice();
    const bytes = await sheet();
    const first = await importOpening(office.as(['warehouse', 'approver']), { fileName: '期初.xlsx', bytes });
    await expect(
      importOpening(office.as(['warehouse']), { fileName: '期初.xlsx', bytes, again: true }),
    ).rejects.toMatchObject({ code: 'OPENING_AGAIN_APPROVER_ONLY' });
    const again = await importOpening(office.as(['approver']), { fileName: '期初.xlsx', bytes, again: true });
    expect(again.imported).toBe(2);
    expect(quantities(office)).toEqual([
      ['A1', 20],
      ['A1', 20],
      ['B1', 5],
      ['B1', 5],
    ]);
    const third = await importOpening(office.admin, { fileName: '期初.xlsx', bytes, dryRun: true });
    expect(third.earlierImport).toMatchObject({
      by: 'user-warehouse-approver',
      documents: [first.documents[0]!.number],
    });
    const remembered = office.store.sqlite
      .prepare(
        `SELECT json_extract(after, '$.again') FROM audit_log
      WHERE json_extract(after, '$.openingContentHash') IS NOT NULL ORDER BY seq`,
      )
      .pluck()
      .all();
    expect(remembered).toEqual([0, 1]);
  });

  it('through the app first and the CLI second: refused as one JSON object, exit 1; --again posts it', async () => {
    const office = await signedInStockOffice({ head: ['warehouse', 'approver'] });
    const bytes = await sheet();
    const viaApp = await office.call('head', 'stock.opening.import', {
      fileName: '期初.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(viaApp).toMatchObject({ ok: true, value: { imported: 2 } });
    const refusedInApp = await office.call('head', 'stock.opening.import', {
      fileName: '期初.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(refusedInApp).toMatchObject({
      ok: false,
      error: { code: 'OPENING_ALREADY_IMPORTED', details: { by: 'head' } },
    });
    if (refusedInApp.ok) throw new Error('expected a refusal');
    const at = String(refusedInApp.error.details?.at);

    const file = path.join(tempDir(), '期初库存.xlsx');
    fs.writeFileSync(file, bytes);
    const refused = runCli(office.backend.dataDir, ['stock', 'import-opening', file, '--json']);
    expect(refused.status).not.toBe(0);
    const answer = refused.json();
    expect(Object.keys(answer).sort()).toEqual(['code', 'message', 'ok']);
    expect(answer).toMatchObject({ ok: false, code: 'OPENING_ALREADY_IMPORTED' });
    expect(answer.message).toContain(localDate(at));
    expect(answer.message).toContain('head');
    expect(quantities(office)).toEqual([
      ['A1', 20],
      ['B1', 5],
    ]);

    const posted = runCli(office.backend.dataDir, ['stock', 'import-opening', '--again', file, '--json']);
    expect(posted.status).toBe(0);
    expect(posted.json()).toMatchObject({ imported: 2, earlierImport: { by: 'head', at } });
    expect(quantities(office)).toEqual([
      ['A1', 20],
      ['A1', 20],
      ['B1', 5],
      ['B1', 5],
    ]);
  });
});
