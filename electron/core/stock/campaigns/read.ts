// A campaign as the keeper sees it: its goods per household and its list of households (masked IDs),
// each with the issue document that served it.
import type {
  CampaignDetail,
  CampaignHouseholdRow,
  CampaignItemRow,
  CampaignRow,
} from '@core/stock/campaigns/contract';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { officeCodeOf } from '../office';

/**
 * A household row was served when its issue was posted and has not been reversed: a reversed issue brought the
 * goods back, and the household waits again for the next posting.
 */
export const SERVED = (
  h: string,
) => `(${h}.issue_document_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stock_documents r
  WHERE r.reverses_document_id = ${h}.issue_document_id AND r.status = 'posted' AND r.voided = 0))`;

const CAMPAIGN_SQL = `
  SELECT c.id, c.row_version AS rowVersion, c.name, c.date, c.warehouse_id AS warehouseId, w.name AS warehouseName,
    c.event_id AS eventId, e.name AS eventName, c.notes, c.created_at AS createdAt, c.created_by AS createdBy,
    c.voided, c.void_reason AS voidReason,
    (SELECT count(*) FROM stock_campaign_households h WHERE h.campaign_id = c.id AND h.voided = 0) AS households,
    (SELECT count(*) FROM stock_campaign_households h WHERE h.campaign_id = c.id AND h.voided = 0 AND ${SERVED('h')}) AS issued,
    (SELECT json_group_array(json_object('id', d.id, 'number', d.number)) FROM stock_documents d
      WHERE d.campaign_id = c.id AND d.status = 'posted' AND d.type = 'issue') AS documents
  FROM stock_campaigns c
  JOIN stock_warehouses w ON w.id = c.warehouse_id
  LEFT JOIN stock_events e ON e.id = c.event_id`;

type StoredCampaign = Omit<CampaignRow, 'voided' | 'documents' | 'waiting'> & { voided: number; documents: string };
const campaignRead = (where: string) => rowRead<StoredCampaign>(`${CAMPAIGN_SQL} ${where}`);
const CAMPAIGN_ITEMS = rowRead<CampaignItemRow, [campaignId: string]>(
  `SELECT ci.id, ci.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.unit, i.specification,
    ci.quantity_per_household AS quantityPerHousehold
  FROM stock_campaign_items ci JOIN stock_items i ON i.id = ci.item_id
  WHERE ci.campaign_id = ? AND ci.voided = 0 ORDER BY i.code`,
);

function toCampaign(row: StoredCampaign): CampaignRow {
  return {
    ...row,
    voided: row.voided === 1,
    waiting: row.households - row.issued,
    documents: JSON.parse(row.documents) as CampaignRow['documents'],
  };
}

export function listCampaigns(
  ctx: CoreContext,
  options: { includeVoided?: boolean; from?: string; to?: string } = {},
): CampaignRow[] {
  const rows = campaignRead(
    `WHERE c.office_code = @office AND (@all = 1 OR c.voided = 0) AND (@from IS NULL OR c.date >= @from) AND (@to IS NULL OR c.date <= @to)
    ORDER BY c.date DESC, c.created_at DESC`,
  )
    .on(ctx.store.sqlite)
    .all({
      office: officeCodeOf(ctx),
      all: options.includeVoided ? 1 : 0,
      from: options.from ?? null,
      to: options.to ?? null,
    });
  return rows.map(toCampaign);
}

export function findCampaign(ctx: CoreContext, id: string): CampaignRow {
  const row = campaignRead('WHERE c.id = ?').on(ctx.store.sqlite).get(id);
  return row ? toCampaign(row) : fail('NOT_FOUND', { what: 'campaign', id });
}

export function campaignItems(ctx: CoreContext, campaignId: string): CampaignItemRow[] {
  return CAMPAIGN_ITEMS.on(ctx.store.sqlite).all(campaignId);
}

type StoredHousehold = Omit<CampaignHouseholdRow, 'idMasked' | 'repeated'> & { idNumber: string; pinyin: string };
const HOUSEHOLDS = rowRead<StoredHousehold, [campaignId: string]>(
  `SELECT h.id, h.person_id AS personId, p.name, p.id_number AS idNumber, p.township, p.village, p.pinyin_full AS pinyin,
    CASE WHEN ${SERVED('h')} THEN h.issue_document_id END AS issueDocumentId,
    CASE WHEN ${SERVED('h')} THEN d.number END AS issueDocumentNumber
  FROM stock_campaign_households h
  JOIN people p ON p.id = h.person_id
  LEFT JOIN stock_documents d ON d.id = h.issue_document_id
  WHERE h.campaign_id = ? AND h.voided = 0
  ORDER BY p.township, p.village, p.pinyin_full, h.created_at, h.id`,
);

/** The live households, by township, village and name; each person's rows after the first are repeats. */
export function campaignHouseholds(ctx: CoreContext, campaignId: string): CampaignHouseholdRow[] {
  const rows = HOUSEHOLDS.on(ctx.store.sqlite).all(campaignId);
  const seen = new Set<string>();
  return rows.map(({ idNumber, pinyin: _pinyin, ...row }) => {
    const repeated = seen.has(row.personId);
    seen.add(row.personId);
    return { ...row, idMasked: maskIdNumber(idNumber), repeated };
  });
}

export function campaignDetail(ctx: CoreContext, id: string): CampaignDetail {
  return { campaign: findCampaign(ctx, id), items: campaignItems(ctx, id), households: campaignHouseholds(ctx, id) };
}
