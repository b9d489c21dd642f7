// What the opening import tells the clerk before anything is posted, beside errors: the category each item it
// would create goes into (the sheet's, else proposed from the name), and lots already expired on the
// opening date (imported all the same - they are on the shelf - but the clerk should know before posting).
import type { OpeningImportResult } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { listCategories } from '../categories';
import { proposeCategory } from './categoryGuess';
import { itemText, nameKey } from './resolve';
import type { OpeningLineDraft } from './rows';

export type OpeningNotes = Pick<OpeningImportResult, 'proposedCategories' | 'expiredLots'>;

/** The name an item would be created with and its category: the sheet's column, else proposed from the name. */
export function sheetItemCategory(
  line: OpeningLineDraft,
  categories: readonly string[],
): { name: string; category: string; proposed: boolean } {
  const name = line.itemName ?? (line.itemCode === null ? line.itemKey! : line.itemCode);
  if (line.category) return { name, category: line.category, proposed: false };
  return { name, category: proposeCategory(name, categories), proposed: true };
}

export function openingNotes(
  ctx: CoreContext,
  lines: readonly OpeningLineDraft[],
  missingItems: readonly string[],
  openingDate: string,
): OpeningNotes {
  const categories = listCategories(ctx).map((c) => c.name);
  const proposedCategories = missingItems.map((text) => {
    const line = lines.find((d) => nameKey(itemText(d)) === nameKey(text))!;
    const { name, category, proposed } = sheetItemCategory(line, categories);
    return { item: name, category, proposed };
  });
  // A lot's expiry date is its last good day: expired once that day is before the opening date.
  const expiredLots = lines
    .filter((line) => line.expiry !== null && line.expiry < openingDate)
    .map((line) => ({ row: line.row, item: itemText(line), lot: line.lot, expiryDate: line.expiry! }));
  return { proposedCategories, expiredLots };
}
