// Pairing a cadre with a household (结对), as the 扶贫手册 keeps its 帮扶责任人: one cadre holds a household at a time;
// a change ends that pairing on the day and starts the new one the same day, so the history reads on; a pairing
// ends with its reason; one entered by mistake is voided.
import { householdPairings } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { requireLiveHousehold } from '../../households/guards';
import { rowRead } from '../../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { requireLiveCadre } from '../cadres/cadres';
import type { PairingAssignInput, PairingEndInput, PairingRow } from './contract';
import { getPairing } from './query';

interface OpenPairing {
  id: string;
  officeCode: string;
  cadreId: string;
  fromDate: string;
  rowVersion: number;
}

const OPEN_OF_HOUSEHOLD = rowRead<OpenPairing, [householdId: string]>(
  `SELECT id, office_code AS officeCode, cadre_id AS cadreId, from_date AS fromDate, row_version AS rowVersion
   FROM household_pairings WHERE household_id = ? AND voided = 0 AND to_date IS NULL`,
);
const PAIRING = rowRead<OpenPairing & { toDate: string | null; voided: number }, [id: string]>(
  `SELECT id, office_code AS officeCode, cadre_id AS cadreId, from_date AS fromDate, row_version AS rowVersion,
     to_date AS toDate, voided FROM household_pairings WHERE id = ?`,
);

/** The pairing holding the household now, if any. */
export function openPairingOf(ctx: CoreContext, householdId: string): OpenPairing | undefined {
  return OPEN_OF_HOUSEHOLD.on(ctx.store.sqlite).get(householdId);
}

/**
 * The cadre takes the household from `fromDate`, ending another cadre's pairing that day (a change). Shared with the
 * import, which has checked the household, the cadre and the dates already.
 */
export function pairHousehold(
  ctx: CoreContext,
  officeCode: string,
  pairing: { householdId: string; cadreId: string; fromDate: string; reason?: string | null },
  open = openPairingOf(ctx, pairing.householdId),
): string {
  if (open)
    updateRecord(ctx, householdPairings, open.id, {
      toDate: pairing.fromDate,
      endReason: pairing.reason?.trim() || null,
    });
  return insertRecord(ctx, householdPairings, officeCode, {
    cadreId: pairing.cadreId,
    householdId: pairing.householdId,
    fromDate: pairing.fromDate,
    toDate: null,
    endReason: null,
  }).id;
}

export function assignCadre(ctx: CoreContext, input: PairingAssignInput): PairingRow {
  const household = requireLiveHousehold(ctx, input.householdId);
  const cadre = requireLiveCadre(ctx, input.cadreId);
  const open = openPairingOf(ctx, household.id);
  if (open?.cadreId === cadre.id) fail('PAIRING_EXISTS', { name: cadre.name, fromDate: open.fromDate });
  if (open && input.fromDate < open.fromDate) fail('PAIRING_DATE_BEFORE_CURRENT', { fromDate: open.fromDate });
  return getPairing(ctx, pairHousehold(ctx, household.officeCode, input, open));
}

function requireOpenPairing(ctx: CoreContext, id: string) {
  const pairing = PAIRING.on(ctx.store.sqlite).get(id) ?? fail('PAIRING_NOT_FOUND', { id });
  if (pairing.voided === 1) fail('RECORD_VOIDED', { id });
  if (pairing.toDate !== null) fail('PAIRING_ENDED', { toDate: pairing.toDate });
  return pairing;
}

export function endPairing(ctx: CoreContext, input: PairingEndInput): PairingRow {
  const pairing = requireOpenPairing(ctx, input.id);
  if (input.date < pairing.fromDate) fail('HOUSEHOLD_DATE_BEFORE_START', { fromDate: pairing.fromDate });
  updateRecord(
    ctx,
    householdPairings,
    pairing.id,
    { toDate: input.date, endReason: input.reason.trim() },
    input.rowVersion,
  );
  return getPairing(ctx, pairing.id);
}

/** A pairing entered by mistake (not one that ended: that is endPairing, which keeps it in the history). */
export function voidPairing(ctx: CoreContext, id: string, reason: string): PairingRow {
  voidRecord(ctx, householdPairings, id, reason);
  return getPairing(ctx, id);
}
