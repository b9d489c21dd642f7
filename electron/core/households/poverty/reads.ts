// The poverty file as read: the file, its status history, incomes and measures of one household, for the page and
// the 扶贫手册 print; and the file and a measure alone, for the writes that change them.
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { getHouseholdRow } from '../roster/query';
import type {
  HouseholdIncome,
  PovertyFileDetail,
  PovertyFileRow,
  PovertyMeasureRow,
  PovertyStatusChange,
} from './contract';

export const FILE = rowRead<PovertyFileRow, [householdId: string]>(
  `SELECT id, row_version AS rowVersion, household_id AS householdId, main_cause AS mainCause,
     secondary_cause AS secondaryCause, identified_date AS identifiedDate, status,
     monitoring_category AS monitoringCategory, status_date AS statusDate,
     land_area_hundredths_mu AS landAreaHundredthsMu, housing_area_hundredths_m2 AS housingAreaHundredthsM2,
     housing_safety_grade AS housingSafetyGrade, notes, updated_at AS updatedAt, updated_by AS updatedBy
   FROM poverty_files WHERE household_id = ? AND voided = 0`,
);
const HISTORY = rowRead<PovertyStatusChange, [householdId: string]>(
  `SELECT id, from_status AS fromStatus, from_category AS fromCategory, to_status AS toStatus,
     to_category AS toCategory, change_date AS changeDate, reason, created_by AS createdBy, created_at AS createdAt
   FROM poverty_status_changes WHERE household_id = ? AND voided = 0 ORDER BY change_date, created_at`,
);
const INCOMES = rowRead<HouseholdIncome, [householdId: string]>(
  `SELECT id, row_version AS rowVersion, year, income_fen AS incomeFen
   FROM household_incomes WHERE household_id = ? AND voided = 0 ORDER BY year`,
);

export function povertyFileOf(ctx: CoreContext, householdId: string): PovertyFileDetail {
  getHouseholdRow(ctx, householdId);
  const sqlite = ctx.store.sqlite;
  return {
    householdId,
    file: FILE.on(sqlite).get(householdId) ?? null,
    statusHistory: HISTORY.on(sqlite).all(householdId),
    incomes: INCOMES.on(sqlite).all(householdId),
    measures: measuresOf(ctx, householdId),
  };
}

type StoredMeasure = Omit<PovertyMeasureRow, 'acknowledged'> & { acknowledged: number };

const MEASURE_COLUMNS = `id, row_version AS rowVersion, kind, project, scale, funds_fen AS fundsFen,
  start_date AS startDate, end_date AS endDate, result, acknowledged, notes FROM poverty_measures`;
const MEASURES = rowRead<StoredMeasure, [householdId: string]>(
  `SELECT ${MEASURE_COLUMNS} WHERE household_id = ? AND voided = 0 ORDER BY start_date, created_at`,
);
export const MEASURE = rowRead<
  StoredMeasure & { householdId: string; officeCode: string; voided: number },
  [id: string]
>(`SELECT household_id AS householdId, office_code AS officeCode, voided, ${MEASURE_COLUMNS} WHERE id = ?`);

export function measuresOf(ctx: CoreContext, householdId: string): PovertyMeasureRow[] {
  return MEASURES.on(ctx.store.sqlite)
    .all(householdId)
    .map((m) => ({ ...m, acknowledged: m.acknowledged === 1 }));
}
