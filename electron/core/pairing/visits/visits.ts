// A visit (走访记录): the household, the cadre, the day (not after today), what was found and done, money (fen), goods
// as a warehouse issue (goods.ts), and whether the household signed. Edited; voided with its reason (its issue too,
// unless the warehouse has posted it).
import { householdVisits } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { requireLiveHousehold } from '../../households/guards';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { localToday } from '../../stock/office';
import { requireLiveCadre } from '../cadres/cadres';
import type { VisitCreateInput, VisitFields, VisitRow, VisitUpdateInput } from './contract';
import { draftIssue, dropIssue, redateIssue, redraftIssue, requireLinkable } from './goods';
import { getVisit } from './query';

function checkedFields(ctx: CoreContext, fields: VisitFields) {
  if (fields.visitDate > localToday(ctx)) fail('VISIT_DATE_FUTURE');
  const cadre = requireLiveCadre(ctx, fields.cadreId);
  return {
    cadre,
    fields: {
      cadreId: cadre.id,
      visitDate: fields.visitDate,
      found: fields.found?.trim() || null,
      done: fields.done?.trim() || null,
      moneyFen: fields.moneyFen,
      acknowledged: fields.acknowledged,
    },
  };
}

export function createVisit(ctx: CoreContext, input: VisitCreateInput): VisitRow {
  const household = requireLiveHousehold(ctx, input.householdId);
  const { cadre, fields } = checkedFields(ctx, input);
  if (input.goods && input.stockDocumentId) fail('VISIT_GOODS_TWICE');
  let stockDocumentId: string | null = null;
  if (input.goods)
    stockDocumentId = draftIssue(ctx, { household, cadreName: cadre.name, visitDate: fields.visitDate }, input.goods);
  else if (input.stockDocumentId) {
    requireLinkable(ctx, input.stockDocumentId, household.id);
    stockDocumentId = input.stockDocumentId;
  }
  const visit = insertRecord(ctx, householdVisits, household.officeCode, {
    householdId: household.id,
    ...fields,
    stockDocumentId,
  });
  return getVisit(ctx, visit.id);
}

function requireLiveVisit(ctx: CoreContext, id: string): VisitRow {
  const visit = getVisit(ctx, id);
  requireOwnRecord(ctx, visit.officeCode);
  if (visit.voided) fail('RECORD_VOIDED', { id });
  return visit;
}

export function updateVisit(ctx: CoreContext, input: VisitUpdateInput): VisitRow {
  const visit = requireLiveVisit(ctx, input.id);
  const given = Object.fromEntries(Object.entries(input.patch).filter(([, v]) => v !== undefined));
  const { cadre, fields } = checkedFields(ctx, { ...visit, ...given } as VisitFields);
  const household = requireLiveHousehold(ctx, visit.householdId);
  const issue = { household, cadreName: cadre.name, visitDate: fields.visitDate };
  let stockDocumentId = visit.stockDocumentId;
  if (input.goods !== undefined) {
    if (stockDocumentId) stockDocumentId = redraftIssue(ctx, stockDocumentId, issue, input.goods);
    else if (input.goods) stockDocumentId = draftIssue(ctx, issue, input.goods);
  } else if (stockDocumentId && fields.visitDate !== visit.visitDate)
    redateIssue(ctx, stockDocumentId, fields.visitDate);
  updateRecord(ctx, householdVisits, visit.id, { ...fields, stockDocumentId }, input.rowVersion);
  return getVisit(ctx, visit.id);
}

export function voidVisit(ctx: CoreContext, id: string, reason: string): VisitRow {
  const visit = requireLiveVisit(ctx, id);
  voidRecord(ctx, householdVisits, id, reason);
  if (visit.stockDocumentId) dropIssue(ctx, visit.stockDocumentId, reason.trim());
  return getVisit(ctx, id);
}
