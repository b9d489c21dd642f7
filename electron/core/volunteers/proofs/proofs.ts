// The service-record proof register: a proof certifies a volunteer's approved hours and activities of a period,
// is numbered {office}VZ{year}{seq} by the office that recorded the service, and is kept as issued (voided with a
// reason, never changed). The printing reads the stored proof.
import { volunteerProofs } from '@db/schema';
import { maskIdNumber } from '@rules/idNumber';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, tupleRead, valueRead } from '../../records/reads';
import { insertRecord, voidRecord } from '../../records/write';
import { localToday } from '../../stock/office';
import { takeProofNumber } from '../numbering';
import { getVolunteer } from '../roster/volunteers';
import type { ProofInput, ProofPage, ProofQuery, ProofRow } from './contract';

const CONTENT_MAX = 4000;

const PERIOD_SERVICE = tupleRead<[activity: string, halfHours: number]>(
  `SELECT a.name, sum(r.half_hours) FROM volunteer_service_records r JOIN volunteer_activities a ON a.id = r.activity_id
   WHERE r.volunteer_id = ? AND r.status = 'approved' AND r.voided = 0 AND r.service_date BETWEEN ? AND ?
   GROUP BY a.name ORDER BY min(r.service_date), a.name`,
);

type StoredProof = Omit<ProofRow, 'voided'> & { voided: number };

const PROOF_SQL = `SELECT f.id, f.row_version AS rowVersion, f.number, f.volunteer_id AS volunteerId,
  v.number AS volunteerNumber, p.name, p.id_number AS idNumber, v.person_id AS personId,
  f.period_start AS periodStart, f.period_end AS periodEnd, f.half_hours AS halfHours, f.content,
  f.issuer_name AS issuerName, f.person_in_charge AS personInCharge, f.handler, f.contact, f.issue_date AS issueDate,
  f.created_by AS createdBy, f.created_at AS createdAt, f.voided, f.void_reason AS voidReason
  FROM volunteer_proofs f JOIN volunteers v ON v.id = f.volunteer_id JOIN people p ON p.id = v.person_id`;
const PROOF = rowRead<StoredProof, [id: string]>(`${PROOF_SQL} WHERE f.id = ?`);

const toProof = (row: StoredProof): ProofRow => ({
  ...row,
  idNumber: maskIdNumber(row.idNumber),
  voided: row.voided === 1,
});

export function getProof(ctx: CoreContext, id: string): ProofRow {
  const row = PROOF.on(ctx.store.sqlite).get(id);
  return row ? toProof(row) : fail('PROOF_NOT_FOUND', { id });
}

export function issueProof(ctx: CoreContext, input: ProofInput): ProofRow {
  const office = officeOf(ctx);
  const volunteer = getVolunteer(ctx, input.volunteerId);
  if (volunteer.voided || volunteer.officeCode !== office.code) fail('VOLUNTEER_NOT_FOUND', { id: input.volunteerId });
  if (input.periodEnd < input.periodStart) fail('PROOF_PERIOD_INVALID');
  const service = PERIOD_SERVICE.on(ctx.store.sqlite).all(input.volunteerId, input.periodStart, input.periodEnd);
  const halfHours = service.reduce((sum, [, h]) => sum + h, 0);
  if (halfHours === 0) fail('PROOF_NO_HOURS');
  const content = service.map(([activity]) => activity).join('、');
  const issueDate = input.issueDate ?? localToday(ctx);
  const row = insertRecord(ctx, volunteerProofs, office.code, {
    number: takeProofNumber(ctx, office.code, Number(issueDate.slice(0, 4))),
    volunteerId: input.volunteerId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    halfHours,
    content: content.length > CONTENT_MAX ? `${content.slice(0, CONTENT_MAX - 1)}…` : content,
    issuerName: office.name,
    personInCharge: input.personInCharge.trim(),
    handler: input.handler.trim(),
    contact: input.contact?.trim() || null,
    issueDate,
  });
  return getProof(ctx, row.id);
}

export function voidProof(ctx: CoreContext, id: string, reason: string): ProofRow {
  getProof(ctx, id);
  voidRecord(ctx, volunteerProofs, id, reason);
  return getProof(ctx, id);
}

export function listProofs(ctx: CoreContext, officeCode: string, query: ProofQuery): ProofPage {
  const parts = ['f.office_code = ?'];
  const params: unknown[] = [officeCode];
  if (!query.includeVoided) parts.push('f.voided = 0');
  if (query.year !== undefined) {
    parts.push('f.issue_date BETWEEN ? AND ?');
    params.push(`${query.year}-01-01`, `${query.year}-12-31`);
  }
  if (query.volunteerId) {
    parts.push('f.volunteer_id = ?');
    params.push(query.volunteerId);
  }
  const search = query.search?.trim().toUpperCase();
  if (search) {
    parts.push('f.number >= ? AND f.number < ?');
    params.push(search, `${search}\uffff`);
  }
  const where = `WHERE ${parts.join(' AND ')}`;
  const rows = rowRead<StoredProof>(`${PROOF_SQL} ${where} ORDER BY f.issue_date DESC, f.number DESC LIMIT ? OFFSET ?`)
    .on(ctx.store.sqlite)
    .all(...params, query.limit, query.offset);
  const total = valueRead<number>(`SELECT count(*) FROM volunteer_proofs f ${where}`)
    .on(ctx.store.sqlite)
    .get(...params);
  return { rows: rows.map(toProof), total: total ?? 0 };
}
