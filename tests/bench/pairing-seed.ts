// Paired assistance at one city's scale over the households of households-seed.ts: 6,696 cadres (the seeds'
// "6696人"), every household paired (one in ten changed cadre once), 300,000 visits over eight years, and the
// warehouse's issues that reach the households (a tenth of the visits' goods, two campaign distributions of 50,000
// households each, 20,000 other issues to members) - all through the record layer's inserter, the secondary
// indexes dropped while loading and built once after.
import { createIndexes, dropIndexes, secondaryIndexes } from '../../db/indexes';
import {
  householdCadres,
  householdPairings,
  householdVisits,
  stockDocumentLines,
  stockDocuments,
} from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { personInsertParams, personInsertStatement } from '../../electron/core/people/rows';
import { checkPerson } from '../../electron/core/people/validate';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import { listCategories } from '../../electron/core/stock/categories';
import { createDocument } from '../../electron/core/stock/documents/drafts';
import { approveDocument } from '../../electron/core/stock/documents/workflow';
import { createItem } from '../../electron/core/stock/items';
import { postDocument } from '../../electron/core/stock/posting/post';
import { createWarehouse } from '../../electron/core/stock/warehouses';
import { addDays } from '../../rules/dates';
import { CADRE_LEVELS } from '../../rules/households';
import { generatePeople } from '../fixtures/people';
import { OFFICE, type SeededHouseholds, type SeededPerson } from './households-seed';

export const CADRES = 6_696;
export const VISITS = 300_000;

const UNITS = Array.from({ length: 138 }, (_, n) => `市直机关第${n + 1}单位`);
const FIRST_DAY = '2019-01-01';
/** Days from 2019-01-01 to 2026-11-30. */
const DAYS = 2890;

function withoutIndexes(ctx: CoreContext, tables: readonly string[], load: () => void): void {
  const sqlite = ctx.store.sqlite;
  const indexes = tables.flatMap((table) => secondaryIndexes(sqlite, table, []));
  dropIndexes(sqlite, indexes);
  load();
  createIndexes(
    sqlite,
    indexes.map((index) => index.sql),
  );
}

/** Cadres are people of the registry who are in no household: new people, none sharing an ID number. */
function seedCadrePeople(ctx: CoreContext): SeededPerson[] {
  const sqlite = ctx.store.sqlite;
  const taken = new Set(sqlite.prepare('SELECT id_number FROM people').pluck().all() as string[]);
  const nextId = sequentialUuids(Date.now() - 3 * 86_400_000);
  const today = new Date();
  const people = generatePeople(CADRES + 200, 77)
    .filter((p) => !taken.has(p.idNumber))
    .slice(0, CADRES)
    .map((p) => ({ ...checkPerson(p, today).person!, id: nextId() }));
  const insert = personInsertStatement(sqlite);
  const at = new Date().toISOString();
  const meta = {
    officeCode: OFFICE,
    createdAt: at,
    updatedAt: at,
    createdBy: 'seed',
    updatedBy: 'seed',
    rowVersion: 1,
  };
  const record = { ...meta, voided: false, voidedAt: null, voidedBy: null, voidReason: null };
  sqlite.transaction(() => {
    for (const person of people) insert.run(personInsertParams(person, { ...record, id: person.id }));
  })();
  return people;
}

/** A warehouse with one lot each of quilts and rice, received and posted through the stock core. */
function seedWarehouse(ctx: CoreContext) {
  const keeper = { ...ctx, actor: { ...ctx.actor!, roles: ['warehouse' as const, 'approver' as const] } };
  const category = listCategories(keeper)[0]!.id;
  const warehouse = createWarehouse(keeper, { code: 'CK01', name: '市备灾仓库' });
  const quilt = createItem(keeper, {
    code: 'MB001',
    name: '棉被',
    categoryId: category,
    unit: '床',
    unitValue: 15_000,
  });
  const rice = createItem(keeper, { code: 'SP001', name: '大米', categoryId: category, unit: '袋', unitValue: 6_000 });
  const receipt = createDocument(
    keeper,
    {
      type: 'receipt',
      documentDate: '2018-12-01',
      warehouseId: warehouse.id,
      sourceKind: 'purchase',
      supplier: '厂家',
    },
    [
      { itemId: quilt.id, quantity: 1_000_000 },
      { itemId: rice.id, quantity: 1_000_000 },
    ],
  );
  approveDocument(keeper, receipt.document.id);
  const lines = postDocument(keeper, receipt.document.id).lines;
  return { warehouseId: warehouse.id, items: [quilt.id, rice.id], lots: lines.map((l) => l.lotId!) };
}

export interface SeededPairing {
  cadreIds: string[];
  /** Each household's current cadre, by household index. */
  cadreOfHousehold: (n: number) => string;
}

export function seedPairing(ctx: CoreContext, seeded: SeededHouseholds): SeededPairing {
  const cadrePeople = seedCadrePeople(ctx);
  const stock = seedWarehouse(ctx);
  const nextId = sequentialUuids(Date.now() - 86_400_000);
  const cadreIds = cadrePeople.map(() => nextId());
  const households = seeded.householdIds;
  const cadreOfHousehold = (n: number) => cadreIds[n % CADRES]!;
  // A tenth of the households had another cadre until 2022.
  const formerCadre = (n: number) => (n % 10 === 3 ? cadreIds[(n * 31 + 7) % CADRES]! : null);
  const memberIds = ctx.store.sqlite
    .prepare('SELECT household_id, person_id FROM household_members WHERE voided = 0')
    .raw()
    .all() as [string, string][];
  ctx.store.sqlite.transaction(() =>
    withoutIndexes(
      ctx,
      ['household_cadres', 'household_pairings', 'household_visits', 'stock_documents', 'stock_document_lines'],
      () => {
        const cadre = recordInserter(ctx, householdCadres, OFFICE, ['personId', 'unit', 'level']);
        cadrePeople.forEach((person, n) =>
          cadre(cadreIds[n]!, { personId: person.id, unit: UNITS[n % UNITS.length]!, level: CADRE_LEVELS[n % 5]! }),
        );
        const pairing = recordInserter(ctx, householdPairings, OFFICE, [
          'cadreId',
          'householdId',
          'fromDate',
          'toDate',
          'endReason',
        ]);
        households.forEach((householdId, n) => {
          const former = formerCadre(n);
          if (former)
            pairing(nextId(), {
              cadreId: former,
              householdId,
              fromDate: '2016-03-01',
              toDate: '2022-06-01',
              endReason: '干部调整',
            });
          pairing(nextId(), {
            cadreId: cadreOfHousehold(n),
            householdId,
            fromDate: former ? '2022-06-01' : '2016-03-01',
            toDate: null,
            endReason: null,
          });
        });
        const cadreOn = (n: number, date: string) =>
          date < '2022-06-01' ? (formerCadre(n) ?? cadreOfHousehold(n)) : cadreOfHousehold(n);
        seedVisitsAndIssues(ctx, seeded, stock, nextId, memberIds, cadreOn);
      },
    ),
  )();
  ctx.store.sqlite.exec('ANALYZE');
  return { cadreIds, cadreOfHousehold };
}

/** The visits (a tenth with a goods issue to the head) and the other issues that reach the households. */
function seedVisitsAndIssues(
  ctx: CoreContext,
  seeded: SeededHouseholds,
  stock: ReturnType<typeof seedWarehouse>,
  nextId: () => string,
  members: readonly [householdId: string, personId: string][],
  cadreOn: (n: number, date: string) => string,
): void {
  const at = new Date().toISOString();
  const document = recordInserter(ctx, stockDocuments, OFFICE, [
    'number',
    'type',
    'status',
    'documentDate',
    'enteredAt',
    'warehouseId',
    'destinationKind',
    'householdPersonId',
    'handledBy',
  ]);
  const line = recordInserter(ctx, stockDocumentLines, OFFICE, [
    'documentId',
    'lineNo',
    'itemId',
    'lotId',
    'quantity',
    'householdPersonId',
  ]);
  let numbered = 0;
  const issue = (date: string, personId: string | null) => {
    const id = nextId();
    numbered++;
    document(id, {
      number: `CK-SEED-${String(numbered).padStart(7, '0')}`,
      type: 'issue',
      status: 'posted',
      documentDate: date,
      enteredAt: at,
      warehouseId: stock.warehouseId,
      destinationKind: 'household',
      householdPersonId: personId,
      handledBy: null,
    });
    return id;
  };
  const lineOf = (documentId: string, lineNo: number, n: number, personId: string | null) =>
    line(nextId(), {
      documentId,
      lineNo,
      itemId: stock.items[n % 2]!,
      lotId: stock.lots[n % 2]!,
      quantity: 1 + (n % 3),
      householdPersonId: personId,
    });
  const households = seeded.householdIds;
  const visit = recordInserter(ctx, householdVisits, OFFICE, [
    'householdId',
    'cadreId',
    'visitDate',
    'found',
    'done',
    'moneyFen',
    'stockDocumentId',
    'acknowledged',
  ]);
  for (let k = 0; k < VISITS; k++) {
    const n = (k * 7919) % households.length;
    const date = addDays(FIRST_DAY, (k * 37) % DAYS);
    let documentId: string | null = null;
    if (k % 10 === 0) {
      documentId = issue(date, seeded.heads[n]!.id);
      lineOf(documentId, 1, k, null);
    }
    visit(nextId(), {
      householdId: households[n]!,
      cadreId: cadreOn(n, date),
      visitDate: date,
      found: '了解家庭收入和就医情况',
      done: '宣传政策，帮助申请医疗救助',
      moneyFen: k % 3 === 0 ? 50_000 : 0,
      stockDocumentId: documentId,
      acknowledged: k % 4 !== 0,
    });
  }
  // Two campaigns: one issue each, a line per household head.
  for (const [c, date] of [
    [0, '2024-01-20'],
    [1, '2025-01-15'],
  ] as const) {
    const documentId = issue(date, null);
    for (let j = 0; j < 50_000; j++) lineOf(documentId, j + 1, j, seeded.heads[(j * 3 + c) % households.length]!.id);
  }
  for (let j = 0; j < 20_000; j++) {
    const [, personId] = members[(j * 104_729) % members.length]!;
    const documentId = issue(addDays(FIRST_DAY, (j * 53) % DAYS), personId);
    lineOf(documentId, 1, j, null);
  }
}
