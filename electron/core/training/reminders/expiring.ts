// The expiring list: live certificates of certified kinds, neither revoked nor superseded (no renewal names
// them) and without a newer certificate of the same kind, expiring within 90 days or expired but still
// renewable by a 复训 (rules/training/certificateDates isRenewable, with the kind's grace months).
import { addDays } from '@rules/dates';
import { maskIdNumber } from '@rules/idNumber';
import { addMonths, daysBetween, isRenewable, renewableUntil } from '@rules/training/certificateDates';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { tupleRead, valueRead } from '../../records/reads';
import { localToday } from '../../stock/office';
import type { ExpiringCertificate, ExpiringList, ReminderBand, ReminderCounts } from './contract';

export interface ExpiringInput {
  band?: ReminderBand | 'ALL';
  township?: string;
  workUnit?: string;
  /** The city: one county's list (default: every county's). */
  officeCode?: string;
  /** At most this many rows (the xlsx export takes them all). */
  limit?: number;
}

/** Rows the page shows at most; the call list (xlsx) holds them all. */
export const EXPIRING_PAGE_ROWS = 2000;

const CANDIDATES_SQL = `
  SELECT c.id, c.number, c.office_code, c.person_id, p.name, p.gender, p.id_number, p.mobile, p.phone,
    coalesce(c.township, p.township), coalesce(c.work_unit, p.work_unit), coalesce(k.certificate_title, k.name),
    c.issue_date, c.expiry_date, k.renewal_grace_months
  FROM training_certificates c
  JOIN training_kinds k ON k.id = c.kind_id
  JOIN people p ON p.id = c.person_id
  WHERE c.expiry_date BETWEEN @earliest AND @until AND c.voided = 0 AND c.revoked_at IS NULL
    AND k.category = 'certified' AND (@office IS NULL OR +c.office_code = @office)
    AND NOT EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0)
    AND NOT EXISTS (SELECT 1 FROM training_certificates n WHERE n.person_id = c.person_id AND n.kind_id = c.kind_id
      AND n.voided = 0 AND n.revoked_at IS NULL AND n.expiry_date > c.expiry_date)
  ORDER BY c.expiry_date, c.number`;

type Raw = [
  string,
  string,
  string,
  string,
  string,
  'M' | 'F' | null,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string,
  string,
  string,
  number,
];
const CANDIDATES = tupleRead<Raw, [{ earliest: string; until: string; office: string | null }]>(CANDIDATES_SQL);
const MAX_GRACE_MONTHS = valueRead<number, []>(
  "SELECT coalesce(max(renewal_grace_months), 0) FROM training_kinds WHERE voided = 0 AND category = 'certified'",
);

function officeFilter(ctx: CoreContext, requested?: string): string | null {
  const own = officeOf(ctx);
  if (own.role === 'city') return requested ?? null;
  if (requested && requested !== own.code) fail('FORBIDDEN');
  return own.code;
}

function bandOf(daysLeft: number): ReminderBand {
  return daysLeft < 0 ? 'EXPIRED' : daysLeft <= 30 ? 'DUE_30' : 'DUE_90';
}

/** Every certificate on the list as of today, before the page's filters. */
function readExpiring(ctx: CoreContext, office: string | null, today: string): ExpiringCertificate[] {
  const maxGrace = MAX_GRACE_MONTHS.on(ctx.store.sqlite).get() ?? 0;
  // A few days of slack: counting months back from today and forward from expiry differ at month ends.
  const earliest = addDays(addMonths(today, -maxGrace), -4);
  const rows = CANDIDATES.on(ctx.store.sqlite).all({ earliest, until: addDays(today, 90), office });
  const list: ExpiringCertificate[] = [];
  for (const r of rows) {
    const [certificateId, number, officeCode, personId, name, gender, idNumber, mobile, phone] = r;
    const [township, workUnit, kindName, issueDate, expiryDate, grace] = r.slice(9) as [
      string | null,
      string | null,
      string,
      string,
      string,
      number,
    ];
    if (!isRenewable({ expiryDate, revoked: false, superseded: false }, today, grace)) continue;
    const daysLeft = daysBetween(today, expiryDate);
    list.push({
      certificateId,
      number,
      officeCode,
      personId,
      name,
      gender,
      idMasked: maskIdNumber(idNumber),
      mobile,
      phone,
      township,
      workUnit,
      kindName,
      issueDate,
      expiryDate,
      daysLeft,
      band: bandOf(daysLeft),
      renewableUntil: renewableUntil(expiryDate, grace),
    });
  }
  return list;
}

function countsOf(rows: readonly ExpiringCertificate[]): ReminderCounts {
  const counts = { within30: 0, within90: 0, expiredRenewable: 0 };
  for (const row of rows) {
    if (row.band === 'EXPIRED') counts.expiredRenewable++;
    else counts.within90++;
    if (row.band === 'DUE_30') counts.within30++;
  }
  return counts;
}

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

export function expiringCertificates(ctx: CoreContext, input: ExpiringInput = {}): ExpiringList {
  const asOf = localToday(ctx);
  const all = readExpiring(ctx, officeFilter(ctx, input.officeCode), asOf);
  const band = input.band ?? 'ALL';
  const matched = all.filter(
    (row) =>
      (band === 'ALL' || row.band === band || (band === 'DUE_90' && row.band === 'DUE_30')) &&
      (!input.township || row.township === input.township) &&
      (!input.workUnit || row.workUnit === input.workUnit),
  );
  const limit = input.limit ?? EXPIRING_PAGE_ROWS;
  return {
    asOf,
    counts: countsOf(all),
    townships: distinct(all.map((row) => row.township)),
    workUnits: distinct(all.map((row) => row.workUnit)),
    rows: matched.slice(0, limit),
    truncated: matched.length > limit,
  };
}
