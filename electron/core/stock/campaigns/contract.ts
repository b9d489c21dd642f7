// Types of distribution campaigns (博爱送万家, relief after a disaster) shared by core and renderer.

export interface CampaignItemInput {
  itemId: string;
  quantityPerHousehold: number;
}

export interface CampaignInput {
  name: string;
  date: string;
  warehouseId: string;
  eventId?: string | null;
  notes?: string | null;
  items: CampaignItemInput[];
}

export interface CampaignItemRow {
  id: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  unit: string;
  specification: string | null;
  quantityPerHousehold: number;
}

/** A household on the list: the person heading it, from the people registry; the ID number is masked. */
export interface CampaignHouseholdRow {
  id: string;
  personId: string;
  name: string;
  idMasked: string;
  township: string | null;
  village: string | null;
  issueDocumentId: string | null;
  issueDocumentNumber: string | null;
  /** Listed more than once in this campaign (added again after the warning). */
  repeated: boolean;
}

export interface CampaignRow {
  id: string;
  rowVersion: number;
  name: string;
  date: string;
  warehouseId: string;
  warehouseName: string;
  eventId: string | null;
  eventName: string | null;
  notes: string | null;
  households: number;
  issued: number;
  waiting: number;
  documents: { id: string; number: string }[];
  createdAt: string;
  createdBy: string;
  voided: boolean;
  voidReason: string | null;
}

export interface CampaignDetail {
  campaign: CampaignRow;
  items: CampaignItemRow[];
  households: CampaignHouseholdRow[];
}

/** Goods the household received this calendar year (the campaign's): the issue, its date, who of the household. */
export interface YearReceipt {
  documentNumber: string;
  documentDate: string;
  name: string;
}

/** A person proposed for the list (a household by its head), with why they might not belong on it. */
export interface CampaignCandidate {
  personId: string;
  name: string;
  idMasked: string;
  township: string | null;
  village: string | null;
  /** The household the person is in now (户编号), if the office keeps it. */
  householdNumber: string | null;
  /** Already on this campaign's list (waiting) / already received goods in this campaign. */
  listed: boolean;
  received: boolean;
  /** The latest goods the person or anyone of their household received in the campaign's year, from any issue. */
  receivedThisYear: YearReceipt | null;
}

export interface CampaignCandidates {
  candidates: CampaignCandidate[];
  /** Pasted lines that name nobody: not an ID number (code from people ID checks) or not in the registry (PERSON_NOT_FOUND). */
  unmatched: { line: number; text: string; code: string }[];
  /** More people matched the filter than are returned. */
  truncated: boolean;
}

/**
 * Listed or served in this campaign already (the person, or another of their household), or given goods by another
 * issue in the campaign's calendar year (the person or anyone of their household).
 */
export type CampaignRepeatCode =
  'HOUSEHOLD_ALREADY_LISTED' | 'HOUSEHOLD_ALREADY_RECEIVED' | 'HOUSEHOLD_RECEIVED_THIS_YEAR';

export interface CampaignRepeat {
  personId: string;
  name: string;
  idMasked: string;
  code: CampaignRepeatCode;
  /** HOUSEHOLD_RECEIVED_THIS_YEAR: the latest of the year's goods. */
  receipt?: YearReceipt;
  /** HOUSEHOLD_ALREADY_LISTED by another of the household: their name. */
  listedAs?: string;
}

export interface CampaignAddResult {
  added: number;
  /** Households not added because they are listed or served already; add again with acceptRepeats to give them goods twice. */
  repeats: CampaignRepeat[];
  detail: CampaignDetail;
}

export interface CampaignPostResult {
  documentId: string;
  documentNumber: string;
  households: number;
  lines: number;
  detail: CampaignDetail;
}

/** 签收表: printed and signed household by household; the ID number is masked, the signature column empty. */
export interface SignOffSheet {
  officeName: string;
  campaignName: string;
  date: string;
  warehouseName: string;
  eventName: string | null;
  documentNumbers: string[];
  items: { itemName: string; specification: string | null; unit: string; quantityPerHousehold: number }[];
  rows: {
    no: number;
    name: string;
    idMasked: string;
    township: string | null;
    village: string | null;
    goods: string;
  }[];
}
