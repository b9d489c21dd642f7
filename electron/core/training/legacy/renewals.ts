// A 复训 row of a legacy register renews the holder's latest earlier certificate of the same kind that nothing
// renews yet - one the office already holds, or an earlier row of the same file - so the old one shows 已换证.
// The old certificate is never edited: the new one names it (previous_id).
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import type { LegacyRow } from './rows';

interface Held {
  id: string;
  issueDate: string;
}

const UNRENEWED_OF_KIND = rowRead<Held, [personId: string, kindId: string, officeCode: string]>(
  `SELECT c.id, c.issue_date AS issueDate FROM training_certificates c
   WHERE c.person_id = ? AND c.kind_id = ? AND c.office_code = ? AND c.voided = 0
     AND NOT EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0)`,
);

/** For each row (by index), the id of the certificate it renews, or null. `ids` are the rows' ids-to-be. */
export function legacyPredecessors(
  ctx: CoreContext,
  officeCode: string,
  rows: readonly LegacyRow[],
  ids: readonly string[],
  personOf: ReadonlyMap<string, string>,
): (string | null)[] {
  const previous: (string | null)[] = rows.map(() => null);
  const renewals = rows.map((_, n) => n).filter((n) => rows[n]!.kind.renewal);
  if (renewals.length === 0) return previous;
  const keyOf = (row: LegacyRow) => `${personOf.get(row.person.idNumber)}|${row.kind.id}`;
  const candidates = new Map<string, Held[]>();
  rows.forEach((row, n) => {
    const key = keyOf(row);
    if (!candidates.has(key)) {
      const held = UNRENEWED_OF_KIND.on(ctx.store.sqlite).all(
        personOf.get(row.person.idNumber)!,
        row.kind.id,
        officeCode,
      );
      candidates.set(key, held);
    }
    candidates.get(key)!.push({ id: ids[n]!, issueDate: row.issueDate });
  });
  const claimed = new Set<string>();
  renewals.sort((a, b) => rows[a]!.issueDate.localeCompare(rows[b]!.issueDate));
  for (const n of renewals) {
    const row = rows[n]!;
    let pick: Held | undefined;
    for (const held of candidates.get(keyOf(row))!) {
      if (held.issueDate >= row.issueDate || claimed.has(held.id)) continue;
      if (!pick || held.issueDate > pick.issueDate) pick = held;
    }
    if (pick) {
      previous[n] = pick.id;
      claimed.add(pick.id);
    }
  }
  return previous;
}
