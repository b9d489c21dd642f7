// The rules of a stock document that the form shows at once and the core enforces when it saves and posts,
// so the keeper never meets a rule on one side only.
import type { IssueDestination, ReceiptSource } from './stock';

interface NamedLine {
  donorId?: string | null;
  householdPersonId?: string | null;
}

/** The header names it for every line, or each line names its own. */
function namedForEveryLine(header: string | null | undefined, lines: readonly (string | null | undefined)[]): boolean {
  return Boolean(header) || (lines.length > 0 && lines.every(Boolean));
}

/**
 * A donation receipt says who gave every line (the public disclosure lists what came in from whom): the header's
 * donor, or each line its own when one delivery brings the gifts of several donors.
 */
export function donationLacksDonor(
  header: { sourceKind?: ReceiptSource | null; donorId?: string | null },
  lines: readonly NamedLine[],
): boolean {
  return (
    header.sourceKind === 'donation' &&
    !namedForEveryLine(
      header.donorId,
      lines.map((line) => line.donorId),
    )
  );
}

/** An issue to households says who received every line: the header's household, or each line its own (a campaign). */
export function issueLacksHousehold(
  header: { destinationKind?: IssueDestination | null; householdPersonId?: string | null },
  lines: readonly NamedLine[],
): boolean {
  return (
    header.destinationKind === 'household' &&
    !namedForEveryLine(
      header.householdPersonId,
      lines.map((line) => line.householdPersonId),
    )
  );
}

/**
 * A counted line that differs from the book needs its reason (损耗, 过期报废, 盘盈, 盘亏, 其他). A line not yet counted
 * needs none (a count takes more than one sitting); goods found that no lot holds have a book of 0. The book is the
 * balance when the rule is asked: the form and the save use the book shown, posting the balance at that moment.
 */
export function countLacksReason(line: {
  countedQuantity?: number | null;
  bookQuantity?: number | null;
  reason?: string | null;
}): boolean {
  const difference = countDifference(line.countedQuantity, line.bookQuantity);
  return difference !== null && difference !== 0 && !line.reason;
}

/** Counted minus book, or null while the line is not counted; found goods have a book of 0. */
export function countDifference(
  countedQuantity: number | null | undefined,
  bookQuantity: number | null | undefined,
): number | null {
  return countedQuantity === null || countedQuantity === undefined ? null : countedQuantity - (bookQuantity ?? 0);
}
