// The campaign and report methods through the router: who may call them, and answers as values - a keeper
// prepares a campaign, only a keeper who also approves posts it, a viewer reads the disclosure.
import { describe, expect, it } from 'vitest';
import { workbookBuffer } from '../../fixtures/xlsx';
import { seedPeople, signedInStockOffice } from './stock-reports-support';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('stock campaign and report methods', () => {
  it('a keeper prepares a campaign; posting needs the approver role; the sign-off sheet masks IDs', async () => {
    const office = await signedInStockOffice({
      keeper: ['warehouse'],
      head: ['warehouse', 'approver'],
      viewer: ['viewer'],
    });
    office.receive(today(), office.donorA.id, [{ itemId: office.quilt.id, lotNumber: 'Q', quantity: 50 }]);
    const people = seedPeople(office.store, 12);
    const created = (await office.call('keeper', 'stock.campaigns.create', {
      name: '冬季送温暖',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 1 }],
    })) as { ok: true; value: { campaign: { id: string } } };
    expect(created.ok).toBe(true);
    const id = created.value.campaign.id;
    const candidates = await office.call('keeper', 'stock.campaigns.candidates', {
      campaignId: id,
      idNumbers: people.map((p) => p.idNumber).join('\n'),
    });
    expect(candidates).toMatchObject({ ok: true, value: { unmatched: [], truncated: false } });
    expect(
      await office.call('keeper', 'stock.campaigns.addHouseholds', {
        campaignId: id,
        personIds: people.map((p) => p.id),
      }),
    ).toMatchObject({ ok: true, value: { added: 12, repeats: [] } });
    expect(
      await office.call('viewer', 'stock.campaigns.addHouseholds', { campaignId: id, personIds: [people[0]!.id] }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await office.call('keeper', 'stock.campaigns.post', { id })).toMatchObject({
      ok: false,
      error: { code: 'APPROVER_REQUIRED' },
    });
    expect(await office.call('head', 'stock.campaigns.post', { id })).toMatchObject({
      ok: true,
      value: { households: 12, lines: 12 },
    });
    const sheet = (await office.call('viewer', 'stock.campaigns.signOff', { id })) as {
      ok: true;
      value: { rows: { idMasked: string }[] };
    };
    expect(sheet.value.rows).toHaveLength(12);
    expect(JSON.stringify(sheet)).not.toContain(people[0]!.idNumber);
    expect(await office.call('viewer', 'stock.campaigns.list', {})).toMatchObject({
      ok: true,
      value: [{ id, issued: 12, waiting: 0 }],
    });
  });

  it('a viewer reads the disclosure, dashboard and exports; an opening sheet is checked through the API', async () => {
    const office = await signedInStockOffice({ keeper: ['warehouse'], viewer: ['viewer'] });
    const period = { from: `${today().slice(0, 4)}-01-01`, to: today() };
    expect(await office.call('viewer', 'stock.reports.disclosure', period)).toMatchObject({
      ok: true,
      value: { officeName: '宿城区红十字会', received: [], issued: [] },
    });
    expect(await office.call('viewer', 'stock.reports.dashboard', { days: 30 })).toMatchObject({
      ok: true,
      value: { days: 30 },
    });
    expect(await office.call('viewer', 'stock.reports.export', { report: 'disclosure', ...period })).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/^捐赠款物公示表-/) },
    });
    expect(await office.call('viewer', 'stock.reports.donations', { from: period.to, to: period.from })).toMatchObject({
      ok: false,
      error: { code: 'REPORT_PERIOD_INVALID' },
    });
    const sheet = await workbookBuffer([
      ['仓库', '物资编码', '数量'],
      ['一号仓库', 'MB-01', 3],
      ['一号仓库', 'MB-01', -1],
    ]);
    const checked = await office.call('keeper', 'stock.opening.import', {
      fileName: '期初.xlsx',
      contentBase64: sheet.toString('base64'),
      dryRun: true,
    });
    expect(checked).toMatchObject({
      ok: true,
      value: {
        rows: 2,
        valid: 1,
        invalid: 1,
        errors: [{ row: 3, field: 'quantity', code: 'QUANTITY_NEGATIVE' }],
        imported: 0,
      },
    });
    expect(
      await office.call('viewer', 'stock.opening.import', {
        fileName: '期初.xlsx',
        contentBase64: sheet.toString('base64'),
        dryRun: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
