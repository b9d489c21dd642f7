// People travel in packages, without their search keys (the city computes them again from name and ID
// number). In the city, a person whose ID number is already live under another county is not
// overwritten silently: the record goes to the review list. A person is checked as checkPerson checks entry.
import { people } from '@db/schema';
import { isStoredCustomValues } from '@rules/customFields';
import { maskIdNumber, parseIdNumber } from '@rules/idNumber';
import { parseLandline, parseMobile } from '@rules/phone';
import type { CoreContext } from '../context';
import { registerExchangeTable, type ReceiveDecision } from '../exchange/registry';
import type { ExchangeRecord } from '../exchange/types';
import { tableRules } from '../exchange/validation/columns';
import { shortText, type RecordName } from '../exchange/validation/identify';
import { invalid, type RecordProblem } from '../exchange/validation/problem';
import { rowRead } from '../records/reads';
import { cachedStatement, IN_LIST, inListBatches } from '../records/statements';
import { idReversed, nameSearchKeys } from './searchKeys';

export const ID_NUMBER_IN_OTHER_OFFICE = 'ID_NUMBER_IN_OTHER_OFFICE';

export function receivePerson(ctx: CoreContext, record: ExchangeRecord): ReceiveDecision {
  const idNumber = record.fields['id_number'];
  if (record.voided || typeof idNumber !== 'string') return { action: 'apply' };
  // Looked up by id_reversed: the index on id_number alone sits behind office_code.
  const other = cachedStatement(
    ctx.store.sqlite,
    `SELECT id, office_code AS officeCode FROM people
    WHERE id_reversed = ? AND id_number = ? AND voided = 0 AND office_code <> ? AND id <> ? LIMIT 1`,
  ).get(idReversed(idNumber), idNumber, record.officeCode, record.id) as { id: string; officeCode: string } | undefined;
  if (!other) return { action: 'apply' };
  return inOtherOffice(other);
}

const inOtherOffice = (other: { id: string; officeCode: string }): ReceiveDecision => ({
  action: 'review',
  reason: ID_NUMBER_IN_OTHER_OFFICE,
  details: { existingId: other.id, existingOfficeCode: other.officeCode },
});

type LivePerson = Pick<typeof people.$inferSelect, 'idReversed' | 'idNumber' | 'id' | 'officeCode'>;
const LIVE_BY_ID_REVERSED = rowRead<LivePerson>(
  `SELECT id_reversed AS idReversed, id_number AS idNumber, id, office_code AS officeCode
  FROM people WHERE id_reversed IN (${IN_LIST}) AND voided = 0`,
);

/** receivePerson for a batch: the live people holding any of the batch's ID numbers, found in a few queries. */
export function receivePeople(
  ctx: CoreContext,
  records: readonly ExchangeRecord[],
): (record: ExchangeRecord) => ReceiveDecision {
  const keys = [
    ...new Set(
      records.flatMap((r) => (typeof r.fields['id_number'] === 'string' ? [idReversed(r.fields['id_number'])] : [])),
    ),
  ];
  const statement = LIVE_BY_ID_REVERSED.on(ctx.store.sqlite);
  const live = new Map<string, LivePerson[]>();
  for (const batch of inListBatches(keys)) {
    for (const person of statement.all(batch))
      live.set(person.idReversed, [...(live.get(person.idReversed) ?? []), person]);
  }
  return (record) => {
    const idNumber = record.fields['id_number'];
    if (record.voided || typeof idNumber !== 'string') return { action: 'apply' };
    const other = live
      .get(idReversed(idNumber))
      ?.find((p) => p.idNumber === idNumber && p.officeCode !== record.officeCode && p.id !== record.id);
    return other ? inOtherOffice(other) : { action: 'apply' };
  };
}

/** Missing or non-text name/ID stay missing: the NOT NULL columns then refuse the record. */
function searchKeysOf(fields: Record<string, unknown>): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  if (typeof fields['id_number'] === 'string') keys['id_reversed'] = idReversed(fields['id_number']);
  if (typeof fields['name'] === 'string') {
    const { pinyinFull, pinyinInitials } = nameSearchKeys(fields['name']);
    Object.assign(keys, { pinyin_full: pinyinFull, pinyin_initials: pinyinInitials });
  }
  return keys;
}

const SEARCH_KEYS = ['id_reversed', 'pinyin_full', 'pinyin_initials'];

let clock = { date: new Date(), until: 0 };

/** The "today" a birth date may not be after, read once a minute rather than for each of a million people. */
function today(): Date {
  const now = Date.now();
  if (now >= clock.until) clock = { date: new Date(now), until: now + 60_000 };
  return clock.date;
}

/** What checkPerson refuses, on a person as stored: a normalised valid ID number, its birth date, phone formats. */
function checkStoredPerson(record: ExchangeRecord): RecordProblem | null {
  const f = record.fields;
  if ((f['name'] as string).trim() === '') return invalid('name', 'required');
  const id = parseIdNumber(f['id_number'], today());
  if (!id.ok || id.idNumber !== f['id_number']) return invalid('id_number', 'idNumber');
  if (f['birth_date'] != null && f['birth_date'] !== id.birthDate) return invalid('birth_date', 'birthDate');
  if (f['mobile'] != null && !parseMobile(f['mobile']).ok) return invalid('mobile', 'mobile');
  if (f['phone'] != null && !parseLandline(f['phone']).ok) return invalid('phone', 'phone');
  if (f['custom_fields'] != null && !isStoredCustomValues(f['custom_fields'] as string))
    return invalid('custom_fields', 'type');
  return null;
}

/** The name and the masked ID number, when it has the form of one (a malformed one is not shown at all). */
function describePerson(record: ExchangeRecord): RecordName {
  const { name, id_number: idNumber } = record.fields;
  return {
    ...(typeof name === 'string' ? { record: shortText(name) } : {}),
    ...(typeof idNumber === 'string' && /^\d{17}[\dX]$/.test(idNumber) ? { recordKey: maskIdNumber(idNumber) } : {}),
  };
}

registerExchangeTable({
  name: 'people',
  validate: tableRules(people, { derived: SEARCH_KEYS, extra: checkStoredPerson }),
  describe: describePerson,
  derived: { columns: SEARCH_KEYS, compute: searchKeysOf },
  onReceive: receivePerson,
  receiveMany: receivePeople,
  receiveIndexes: ['people_id_reversed'],
});
