// The city's stock pages for one county, on the county-scale ledger: the office row is turned into a city's
// (321300), so the ledger's rows (321302) are a county's received stock, read through the same core functions
// the API calls with officeCode. Target (issue #10): each page p95 <= 150 ms, the disclosure included.
import type { CoreContext } from '../../electron/core/context';
import { onHand } from '../../electron/core/stock/balances';
import { stockCard } from '../../electron/core/stock/card';
import { stockDashboard } from '../../electron/core/stock/reports/dashboard';
import { buildDisclosure } from '../../electron/core/stock/reports/disclosure';
import type { SeededLedger } from '../fixtures/stockLedger';

type Timed = (
  runs: number,
  work: (run: number) => unknown,
) => Promise<{ p50: number; p95: number; max: number; cpu: number; cpu95: number }>;

export async function cityReads(
  admin: CoreContext,
  ledger: SeededLedger,
  year: { from: string; to: string },
  timed: Timed,
  runs: number,
) {
  admin.store.sqlite.prepare("UPDATE office SET code = '321300', role = 'city'").run();
  const officeCode = '321302';
  return [
    {
      label: 'city: one county on hand (库存)',
      target: '<= 150',
      figures: await timed(runs, () => onHand(admin, { officeCode })),
    },
    {
      label: 'city: on hand, all offices',
      target: '<= 150',
      figures: await timed(runs, () => onHand(admin, { officeCode: 'all' })),
    },
    {
      label: 'city: one county stock card, a year',
      target: '<= 150',
      figures: await timed(runs, (run) =>
        stockCard(admin, { itemId: ledger.itemIds[Math.max(0, run) % ledger.itemIds.length]!, officeCode, ...year }),
      ),
    },
    {
      label: 'city: one county dashboard',
      target: '<= 150',
      figures: await timed(runs, () => stockDashboard(admin, { asOf: `${year.to.slice(0, 4)}-12-15`, officeCode })),
    },
    {
      label: 'city: one county disclosure, a year',
      target: '<= 150',
      figures: await timed(runs, () => buildDisclosure(admin, { ...year, officeCode })),
    },
  ];
}
