// Paired assistance and poverty exits, counted straight from the tables of issue #14 (household_pairings,
// household_visits, poverty files and their status history) of live households. A pairing runs from its from_date
// up to, not including, its to_date (a change of cadre ends one on the day the next begins).
import { tupleRead, valueRead } from '../../records/reads';
import type { ReportScope } from '../scope';

type Params = [{ office: string; from: string; to: string }];

const IN_FORCE = `p.office_code = @office AND p.voided = 0 AND p.from_date <= @to AND (p.to_date IS NULL OR p.to_date > @from)`;

const PAIRED = tupleRead<[households: number, cadres: number], Params>(`
  SELECT count(DISTINCT p.household_id), count(DISTINCT p.cadre_id)
  FROM household_pairings p
  JOIN households h ON h.id = p.household_id AND h.voided = 0
  JOIN household_cadres c ON c.id = p.cadre_id AND c.voided = 0
  WHERE ${IN_FORCE}`);

const VISITS = tupleRead<[visits: number, moneyFen: number], Params>(`
  SELECT count(*), coalesce(sum(v.money_fen), 0)
  FROM household_visits v INDEXED BY household_visits_date
  JOIN households h ON h.id = v.household_id AND h.voided = 0
  WHERE v.office_code = @office AND v.voided = 0 AND v.visit_date BETWEEN @from AND @to`);

// A file whose status never changed was kept with it from the start: its status date says when.
const EXITED = valueRead<number, Params>(`
  SELECT count(*) FROM (
    SELECT c.household_id FROM poverty_status_changes c
    WHERE c.office_code = @office AND c.voided = 0 AND c.to_status = 'exited' AND c.change_date BETWEEN @from AND @to
    UNION
    SELECT f.household_id FROM poverty_files f INDEXED BY poverty_files_status
    WHERE f.office_code = @office AND f.status = 'exited' AND f.voided = 0 AND f.status_date BETWEEN @from AND @to
      AND NOT EXISTS (SELECT 1 FROM poverty_status_changes c WHERE c.household_id = f.household_id AND c.voided = 0)
  ) x JOIN households h ON h.id = x.household_id AND h.voided = 0`);

const params = (scope: ReportScope) => ({ office: scope.office, from: scope.from, to: scope.to });

function paired(scope: ReportScope) {
  return scope.once('paired', () => PAIRED.on(scope.ctx.store.sqlite).get(params(scope))!);
}

function visits(scope: ReportScope) {
  return scope.once('visits', () => VISITS.on(scope.ctx.store.sqlite).get(params(scope))!);
}

export const pairedHouseholds = (scope: ReportScope) => paired(scope)[0];
export const pairedCadres = (scope: ReportScope) => paired(scope)[1];
export const visitCount = (scope: ReportScope) => visits(scope)[0];
export const assistanceFen = (scope: ReportScope) => visits(scope)[1];
export const householdsExited = (scope: ReportScope) => EXITED.on(scope.ctx.store.sqlite).get(params(scope))!;
