// Types of a household's poverty file (扶贫手册) shared by core and renderer: causes, status with its history,
// land and housing, incomes per year and the measures (一户一策). Money in fen, areas in hundredths.
import type {
  HousingSafetyGrade,
  MeasureKind,
  MonitoringCategory,
  PovertyCause,
  PovertyStatus,
} from '@rules/households';

export interface PovertyFileRow {
  id: string;
  rowVersion: number;
  householdId: string;
  mainCause: PovertyCause;
  secondaryCause: PovertyCause | null;
  identifiedDate: string | null;
  status: PovertyStatus;
  monitoringCategory: MonitoringCategory | null;
  statusDate: string | null;
  landAreaHundredthsMu: number | null;
  housingAreaHundredthsM2: number | null;
  housingSafetyGrade: HousingSafetyGrade | null;
  notes: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface PovertyStatusChange {
  id: string;
  fromStatus: PovertyStatus;
  fromCategory: MonitoringCategory | null;
  toStatus: PovertyStatus;
  toCategory: MonitoringCategory | null;
  changeDate: string;
  reason: string | null;
  createdBy: string;
  createdAt: string;
}

export interface HouseholdIncome {
  id: string;
  rowVersion: number;
  year: number;
  incomeFen: number;
}

export interface PovertyMeasureRow {
  id: string;
  rowVersion: number;
  kind: MeasureKind | null;
  project: string;
  scale: string | null;
  fundsFen: number | null;
  startDate: string | null;
  endDate: string | null;
  result: string | null;
  acknowledged: boolean;
  notes: string | null;
}

/** Everything of the file the 扶贫手册 prints: the file (null until one is kept), its history, incomes, measures. */
export interface PovertyFileDetail {
  householdId: string;
  file: PovertyFileRow | null;
  /** Oldest first. */
  statusHistory: PovertyStatusChange[];
  /** By year, rising. */
  incomes: HouseholdIncome[];
  /** By start date. */
  measures: PovertyMeasureRow[];
}

/** The file's facts; the status is given when the file is first kept, and changed later with its history. */
export interface PovertyFileInput {
  householdId: string;
  /** Of the file kept before, if any. */
  rowVersion?: number;
  mainCause: PovertyCause;
  secondaryCause?: PovertyCause | null;
  identifiedDate?: string | null;
  landAreaHundredthsMu?: number | null;
  housingAreaHundredthsM2?: number | null;
  housingSafetyGrade?: HousingSafetyGrade | null;
  notes?: string | null;
  status?: PovertyStatus;
  monitoringCategory?: MonitoringCategory | null;
  statusDate?: string | null;
}

export interface PovertyStatusInput {
  householdId: string;
  rowVersion: number;
  status: PovertyStatus;
  monitoringCategory?: MonitoringCategory | null;
  date: string;
  reason?: string | null;
}

export interface MeasureFields {
  kind?: MeasureKind | null;
  project: string;
  scale?: string | null;
  fundsFen?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  result?: string | null;
  acknowledged?: boolean;
  notes?: string | null;
}
