// People travel in packages. In the city, a person whose ID number is already live under another
// county is not overwritten silently: the record goes to the review list.
import type { CoreContext } from '../context';
import { registerExchangeTable, type ReceiveDecision } from '../exchange/registry';
import type { ExchangeRecord } from '../exchange/types';
import { idReversed } from './searchKeys';
import { cachedStatement } from './statements';

export const ID_NUMBER_IN_OTHER_OFFICE = 'ID_NUMBER_IN_OTHER_OFFICE';

export function receivePerson(ctx: CoreContext, record: ExchangeRecord): ReceiveDecision {
  const idNumber = record.fields['id_number'];
  if (record.voided || typeof idNumber !== 'string') return { action: 'apply' };
  // Looked up by id_reversed: the index on id_number alone sits behind office_code.
  const other = cachedStatement(ctx.store.sqlite, `SELECT id, office_code AS officeCode FROM people
    WHERE id_reversed = ? AND id_number = ? AND voided = 0 AND office_code <> ? AND id <> ? LIMIT 1`)
    .get(idReversed(idNumber), idNumber, record.officeCode, record.id) as { id: string; officeCode: string } | undefined;
  if (!other) return { action: 'apply' };
  return { action: 'review', reason: ID_NUMBER_IN_OTHER_OFFICE, details: { existingId: other.id, existingOfficeCode: other.officeCode } };
}

registerExchangeTable({ name: 'people', onReceive: receivePerson });
