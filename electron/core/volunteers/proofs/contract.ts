// Types of the service-record proofs (志愿服务记录证明) shared by core and renderer: what a proof certified, as
// issued and numbered, and its register (a grid). Printing reads a ProofRow.
export interface ProofInput {
  volunteerId: string;
  periodStart: string;
  periodEnd: string;
  personInCharge: string;
  handler: string;
  contact?: string | null;
  /** Today when not given. */
  issueDate?: string;
}

export interface ProofRow {
  id: string;
  rowVersion: number;
  number: string;
  volunteerId: string;
  volunteerNumber: string;
  name: string;
  /** Masked; people.revealId shows the whole number to who may see it (the proof prints it masked unless revealed). */
  idNumber: string;
  personId: string;
  periodStart: string;
  periodEnd: string;
  /** Approved hours of the period, in half-hours, as certified. */
  halfHours: number;
  content: string;
  issuerName: string;
  personInCharge: string;
  handler: string;
  contact: string | null;
  issueDate: string;
  createdBy: string;
  createdAt: string;
  voided: boolean;
  voidReason: string | null;
}

export interface ProofQuery {
  year?: number;
  volunteerId?: string;
  /** A proof number, or the start of one. */
  search?: string;
  includeVoided?: boolean;
  offset: number;
  limit: number;
}

export interface ProofPage {
  rows: ProofRow[];
  total: number;
}
