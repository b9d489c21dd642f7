// One household's timeline: its visits and everything it received - warehouse issues to anyone who was a member on
// the issue's day (the head's visit goods, campaign distributions, other issues) - in a year or all time. A visit
// whose goods issue is linked is one event carrying both; an issue shows once the warehouse has posted it (a visit's
// own issue shows with the visit before that, with its status). A reversed issue is shown and counts as nothing.
import type { DocumentStatus } from '@rules/stock';
import type { CoreContext } from '../../context';
import { getHouseholdRow } from '../../households/roster/query';
import { rowRead } from '../../records/reads';
import { goodsOf } from '../goodsLines';
import type { GoodsLine } from '../visits/contract';
import type { HouseholdTimeline, TimelineEvent, TimelineIssue, TimelineTotals } from './contract';

interface Membership {
  personId: string;
  name: string;
  fromDate: string;
  toDate: string | null;
}
interface StoredVisit {
  id: string;
  cadreId: string;
  cadreName: string;
  date: string;
  found: string | null;
  done: string | null;
  moneyFen: number;
  acknowledged: number;
  documentId: string | null;
}
interface StoredIssue {
  id: string;
  number: string;
  status: DocumentStatus;
  date: string;
  campaignName: string | null;
  reversed: number;
}

const MEMBERSHIPS = rowRead<Membership, [householdId: string]>(
  `SELECT m.person_id AS personId, p.name, m.from_date AS fromDate, m.to_date AS toDate
   FROM household_members m JOIN people p ON p.id = m.person_id WHERE m.household_id = ? AND m.voided = 0`,
);
const VISITS = rowRead<StoredVisit, [householdId: string]>(
  `SELECT x.id, x.cadre_id AS cadreId, cp.name AS cadreName, x.visit_date AS date, x.found, x.done,
     x.money_fen AS moneyFen, x.acknowledged, x.stock_document_id AS documentId
   FROM household_visits x JOIN household_cadres c ON c.id = x.cadre_id JOIN people cp ON cp.id = c.person_id
   WHERE x.household_id = ? AND x.voided = 0`,
);
/** Issues naming one of the people: on the header (one household) or on a line (a campaign: one line each). */
const ISSUED_TO = rowRead<{ id: string; personId: string }, [{ people: string }]>(
  `SELECT d.id, d.household_person_id AS personId FROM stock_documents d
   WHERE d.household_person_id IN (SELECT value FROM json_each(@people)) AND d.voided = 0 AND d.type = 'issue'
   UNION
   SELECT ln.document_id, ln.household_person_id FROM stock_document_lines ln
   WHERE ln.household_person_id IN (SELECT value FROM json_each(@people)) AND ln.voided = 0`,
);
const ISSUES = rowRead<StoredIssue, [documents: string]>(
  `SELECT d.id, d.number, d.status, d.document_date AS date, k.name AS campaignName,
     EXISTS (SELECT 1 FROM stock_documents r
       WHERE r.reverses_document_id = d.id AND r.voided = 0 AND r.status = 'posted') AS reversed
   FROM stock_documents d LEFT JOIN stock_campaigns k ON k.id = d.campaign_id
   WHERE d.id IN (SELECT value FROM json_each(?)) AND d.voided = 0 AND d.type = 'issue'`,
);

const memberOn = (m: Membership, date: string) => m.fromDate <= date && (m.toDate === null || date < m.toDate);

/** Every event of the household, newest first (visits before issues on the same day). */
export function householdEvents(ctx: CoreContext, householdId: string): TimelineEvent[] {
  const sqlite = ctx.store.sqlite;
  const members = MEMBERSHIPS.on(sqlite).all(householdId);
  const people = [...new Set(members.map((m) => m.personId))];
  const visits = VISITS.on(sqlite).all(householdId);
  const recipients = new Map<string, string[]>();
  for (const { id, personId } of ISSUED_TO.on(sqlite).all({ people: JSON.stringify(people) }))
    recipients.set(id, [...(recipients.get(id) ?? []), personId]);
  const visitDocuments = new Set(visits.flatMap((v) => (v.documentId ? [v.documentId] : [])));
  const issues = ISSUES.on(sqlite).all(JSON.stringify([...new Set([...recipients.keys(), ...visitDocuments])]));
  const goods = goodsOf(
    ctx,
    issues.map((d) => d.id),
    people,
  );
  const byId = new Map(issues.map((d) => [d.id, d]));
  const issueOf = (document: StoredIssue): TimelineIssue => {
    const named = (recipients.get(document.id) ?? []).map((id) => members.find((m) => m.personId === id)?.name);
    return {
      documentId: document.id,
      number: document.number,
      status: document.status,
      reversed: document.reversed === 1,
      campaignName: document.campaignName,
      recipientName: [...new Set(named.filter(Boolean))].join('、'),
      lines: goods.get(document.id) ?? [],
    };
  };
  const events: TimelineEvent[] = visits.map((v) => {
    const document = v.documentId ? byId.get(v.documentId) : undefined;
    return {
      kind: 'visit',
      date: v.date,
      visit: { ...v, acknowledged: v.acknowledged === 1 },
      issue: document ? issueOf(document) : null,
    };
  });
  for (const document of issues) {
    if (visitDocuments.has(document.id) || document.status !== 'posted') continue;
    const onTheDay = (recipients.get(document.id) ?? []).some((personId) =>
      members.some((m) => m.personId === personId && memberOn(m, document.date)),
    );
    if (onTheDay) events.push({ kind: 'issue', date: document.date, visit: null, issue: issueOf(document) });
  }
  return events.sort((a, b) => b.date.localeCompare(a.date) || (a.kind === 'visit' ? -1 : 1));
}

const received = (issue: TimelineIssue | null) => issue !== null && issue.status === 'posted' && !issue.reversed;
const valueOf = (lines: readonly GoodsLine[]) => lines.reduce((sum, line) => sum + line.valueFen, 0);

export function timelineTotals(events: readonly TimelineEvent[]): TimelineTotals {
  const issues = events.filter((e) => received(e.issue)).map((e) => e.issue!);
  return {
    visits: events.filter((e) => e.visit).length,
    moneyFen: events.reduce((sum, e) => sum + (e.visit?.moneyFen ?? 0), 0),
    issues: issues.length,
    goodsValueFen: issues.reduce((sum, issue) => sum + valueOf(issue.lines), 0),
  };
}

export function householdTimeline(ctx: CoreContext, householdId: string, year: number | null): HouseholdTimeline {
  getHouseholdRow(ctx, householdId);
  const all = householdEvents(ctx, householdId);
  const events = year === null ? all : all.filter((e) => e.date.startsWith(`${year}-`));
  const years = [...new Set(all.map((e) => Number(e.date.slice(0, 4))))];
  return { householdId, year, events, totals: timelineTotals(events), years };
}
