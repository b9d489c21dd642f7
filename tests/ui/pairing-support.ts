// Arranging paired assistance for the UI spec through the real API (the fixture's own session): a warehouse with
// 20 quilts and rice (stock-support.ts), the 王 household of four with its facts and poverty file, a cadre-to-be in
// the registry, and a second household paired a year ago with another cadre who never visited (overdue).
import type { HouseholdDetail } from '../../electron/core/households/roster/contract';
import type { CadreRow } from '../../electron/core/pairing/cadres/contract';
import type { PersonRow } from '../../electron/core/people/contract';
import type { App } from './fixtures';
import { arrangeWarehouse, receiveDonation, validId, type Warehouse } from './stock-support';

export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function person(app: App, name: string, birth: string, sequence: string, mobile?: string) {
  const created = (await app.api('people.create', {
    person: { name, idNumber: validId(birth, sequence), mobile, township: '蔡集镇', village: '张圩村' },
  })) as { person: PersonRow };
  return created.person;
}

export interface PairingScene {
  warehouse: Warehouse;
  household: HouseholdDetail;
  son: PersonRow;
  overdueHousehold: HouseholdDetail;
}

export async function arrangePairing(app: App): Promise<PairingScene> {
  const warehouse = await arrangeWarehouse(app);
  await receiveDonation(app, warehouse, [
    { itemId: warehouse.quilt.id, lotNumber: 'Q-1', expiryDate: null, quantity: 20, unitValue: 15000 },
    { itemId: warehouse.rice.id, lotNumber: 'R-1', expiryDate: '2027-10-31', quantity: 30, unitValue: 6000 },
  ]);
  const head = await person(app, '王大山', '19680312', '311', '13905271234');
  const wife = await person(app, '刘桂英', '19700705', '322');
  const son = await person(app, '王小明', '20140901', '331');
  const mother = await person(app, '陈秀兰', '19420218', '342');
  await person(app, '李明', '19820606', '351', '13951230001');
  let household = (await app.api('households.create', {
    headPersonId: head.id,
    attribute: 'minimumLiving',
    township: '蔡集镇',
    village: '张圩村',
    villageGroup: '三组',
    fromDate: '2016-01-01',
  })) as HouseholdDetail;
  for (const [member, relation] of [
    [wife, 'spouse'],
    [son, 'child'],
    [mother, 'parent'],
  ] as const)
    household = (await app.api('households.members.add', {
      householdId: household.id,
      personId: member.id,
      relation,
      fromDate: '2016-01-01',
    })) as HouseholdDetail;
  const facts = {
    [head.id]: { labour: 'weak' },
    [son.id]: { schoolStage: 'primary' },
    [mother.id]: { health: 'chronic' },
  };
  for (const member of household.members)
    if (facts[member.personId])
      household = (await app.api('households.members.saveFacts', {
        membershipId: member.membershipId,
        rowVersion: member.rowVersion,
        ...facts[member.personId],
      })) as HouseholdDetail;
  await app.api('households.poverty.save', {
    householdId: household.id,
    mainCause: 'illness',
    secondaryCause: 'lackOfSkills',
    identifiedDate: '2015-10-01',
  });
  await app.api('households.measures.add', {
    householdId: household.id,
    kind: 'industry',
    project: '养殖湖羊10只',
    fundsFen: 800_000,
    startDate: '2024-03-01',
    result: '年增收6000元',
    acknowledged: true,
  });

  const zhao = await person(app, '赵四海', '19600101', '361');
  const zhou = await person(app, '周强', '19850505', '371', '13951230002');
  const overdueHousehold = (await app.api('households.create', {
    headPersonId: zhao.id,
    attribute: 'general',
    township: '蔡集镇',
    village: '王庄村',
    fromDate: '2016-01-01',
  })) as HouseholdDetail;
  const cadre = (await app.api('pairing.cadres.create', {
    personId: zhou.id,
    unit: '蔡集镇人民政府',
    level: 'township',
  })) as CadreRow;
  await app.api('pairing.pairings.assign', {
    householdId: overdueHousehold.id,
    cadreId: cadre.id,
    fromDate: '2025-06-01',
  });
  return { warehouse, household, son, overdueHousehold };
}

/** Rice issued from the warehouse straight to someone (approved and posted through the API). */
export async function issueRiceTo(app: App, w: Warehouse, personId: string, documentDate: string) {
  const [lot] = (await app.api('stock.lots.available', { warehouseId: w.warehouse.id, itemId: w.rice.id })) as {
    lotId: string;
  }[];
  const detail = (await app.api('stock.documents.create', {
    header: {
      type: 'issue',
      documentDate,
      warehouseId: w.warehouse.id,
      destinationKind: 'household',
      householdPersonId: personId,
    },
    lines: [{ itemId: w.rice.id, lotId: lot!.lotId, quantity: 2 }],
  })) as { document: { id: string; rowVersion: number } };
  await app.api('stock.documents.approve', { id: detail.document.id, rowVersion: detail.document.rowVersion });
  await app.api('stock.documents.post', { id: detail.document.id });
}

/** Quilts on hand in the warehouse. */
export async function quiltsOnHand(app: App, w: Warehouse): Promise<number> {
  const rows = (await app.api('stock.onHand', { warehouseId: w.warehouse.id, itemId: w.quilt.id })) as {
    quantity: number;
  }[];
  return rows.reduce((sum, row) => sum + row.quantity, 0);
}
