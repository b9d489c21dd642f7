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

/** A person proposed for the list, with why they might not belong on it. */
export interface CampaignCandidate {
  personId: string;
  name: string;
  idMasked: string;
  township: string | null;
  village: string | null;
  /** Already on this campaign's list (waiting) / already received goods in this campaign. */
  listed: boolean;
  received: boolean;
}

export interface CampaignCandidates {
  candidates: CampaignCandidate[];
  /** Pasted lines that name nobody: not an ID number (code from people ID checks) or not in the registry (PERSON_NOT_FOUND). */
  unmatched: { line: number; text: string; code: string }[];
  /** More people matched the filter than are returned. */
  truncated: boolean;
}

export type CampaignRepeatCode = 'HOUSEHOLD_ALREADY_LISTED' | 'HOUSEHOLD_ALREADY_RECEIVED';

export interface CampaignAddResult {
  added: number;
  /** Households not added because they are listed or served already; add again with acceptRepeats to give them goods twice. */
  repeats: { personId: string; name: string; idMasked: string; code: CampaignRepeatCode }[];
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
