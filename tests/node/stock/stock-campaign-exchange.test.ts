// Campaigns travel up with the warehouse: registered after the tables they point at, and a county's campaign
// (goods per household, households, the issue that served them) arrives in the city.
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import { writeJournal } from '@core/records/journal';
import { createCampaign } from '@core/stock/campaigns/campaigns';
import { addCampaignHouseholds } from '@core/stock/campaigns/households';
import { postCampaign } from '@core/stock/campaigns/post';
import { seedPeople } from '../../fixtures/registryPeople';
import { cityWith, CITY, COUNTY, exportTo, OTHER_COUNTY, type Office } from '../exchange/exchange-apply-support';
import { receivedStock } from './stock-support';

describe('campaigns in packages', () => {
  it('registers the campaign tables after the documents, items and warehouses they point at', () => {
    const names = exchangeTables().map((t) => t.name);
    for (const parent of ['stock_warehouses', 'stock_items', 'stock_events', 'stock_documents']) {
      for (const child of ['stock_campaigns', 'stock_campaign_items', 'stock_campaign_households']) {
        expect(names.indexOf(parent)).toBeLessThan(names.indexOf(child));
      }
    }
    expect(names.indexOf('stock_campaigns')).toBeLessThan(names.indexOf('stock_campaign_households'));
  });

  it('carries a posted campaign to the city', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const { campaign } = postedCampaign(county!);
    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: { stock_campaigns: { new: 1 }, stock_campaign_items: { new: 1 }, stock_campaign_households: { new: 4 } },
    });
    const served = city.store.sqlite
      .prepare('SELECT count(*) FROM stock_campaign_households WHERE campaign_id = ? AND issue_document_id IS NOT NULL')
      .pluck()
      .get(campaign.id);
    expect(served).toBe(4);
  });

  it('applies households whose person waits on the review list (an ID number another county holds)', async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    registryPeople(other!, OTHER_COUNTY);
    expect(await importPackage(city.ctx(), await exportTo(other!, CITY))).toMatchObject({ status: 'applied' });
    postedCampaign(county!); // the same generated people, so the same ID numbers

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: { people: { conflicts: 4 }, stock_campaign_households: { new: 4 } },
    });
  });
});

/** A county campaign of 4 households from its registry (journaled as the people import does), posted. */
function postedCampaign(county: Office) {
  const head = county.ctx(['warehouse', 'approver'], 'stock');
  const { item: quilt, warehouse } = receivedStock(head, { code: 'MB', name: '棉被', unit: '床', unitValue: 8000 }, 10);
  const people = registryPeople(county, COUNTY);
  const { campaign } = createCampaign(head, {
    name: '送温暖',
    date: '2025-01-20',
    warehouseId: warehouse.id,
    items: [{ itemId: quilt.id, quantityPerHousehold: 2 }],
  });
  addCampaignHouseholds(
    head,
    campaign.id,
    people.map((p) => p.id),
  );
  postCampaign(head, campaign.id);
  return { campaign };
}

/**
 * 4 generated people written straight into the registry, journaled as the people import does, so they travel
 * with the campaign (the city refuses a household whose person it holds nowhere).
 */
function registryPeople(county: Office, officeCode: string) {
  const people = seedPeople(county.store, 4, 3, officeCode);
  for (const person of people)
    writeJournal(county.store.sqlite, 'people', person.id, 1, 'insert', new Date().toISOString());
  return people;
}
