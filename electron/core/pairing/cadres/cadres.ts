// A cadre's record (帮扶干部): a person of the registry (or one added to it) with unit, unit level and phone; edited;
// voided with a reason once no household is paired with them (their pairings end or pass to another cadre first)
// and none of their visits stands.
import { householdCadres } from '@db/schema';
import type { CadreLevel } from '@rules/households';
import { parseLandline } from '@rules/phone';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { personOf } from '../../households/guards';
import { valueRead } from '../../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf } from '../../stock/office';
import type { CadreCreateInput, CadreFields, CadreRow } from './contract';
import { findCadre, getCadre } from './query';

const LIVE_CADRE_OF = valueRead<string, [officeCode: string, personId: string]>(
  'SELECT id FROM household_cadres WHERE office_code = ? AND person_id = ? AND voided = 0',
);
const OPEN_PAIRINGS = valueRead<number, [cadreId: string]>(
  'SELECT count(*) FROM household_pairings WHERE cadre_id = ? AND voided = 0 AND to_date IS NULL',
);
const LIVE_VISITS = valueRead<number, [cadreId: string]>(
  'SELECT count(*) FROM household_visits WHERE cadre_id = ? AND voided = 0',
);

/** A phone as stored: a mobile or a landline with its area code, or null. */
export function cadrePhone(raw: string | null | undefined): string | null {
  const phone = parseLandline(raw?.trim() || null);
  return phone.ok ? phone.value : fail('CADRE_PHONE_FORMAT');
}

function checkedFields(fields: CadreFields): {
  unit: string;
  level: CadreLevel;
  phone: string | null;
  notes: string | null;
} {
  const unit = fields.unit.replace(/\s+/g, ' ').trim();
  if (!unit) fail('CADRE_UNIT_REQUIRED');
  return { unit, level: fields.level, phone: cadrePhone(fields.phone), notes: fields.notes?.trim() || null };
}

/** The office's live cadre who is this person, if any. */
export function cadreOfPerson(ctx: CoreContext, officeCode: string, personId: string): string | undefined {
  return LIVE_CADRE_OF.on(ctx.store.sqlite).get(officeCode, personId);
}

export function createCadre(ctx: CoreContext, input: CadreCreateInput): CadreRow {
  const officeCode = officeCodeOf(ctx);
  const person = personOf(
    ctx,
    officeCode,
    'personId' in input ? { personId: input.personId } : { person: input.person, acceptWarnings: input.acceptWarnings },
  );
  if (cadreOfPerson(ctx, officeCode, person.id)) fail('CADRE_EXISTS', { name: person.name });
  const cadre = insertRecord(ctx, householdCadres, officeCode, { personId: person.id, ...checkedFields(input) });
  return getCadre(ctx, cadre.id);
}

export function updateCadre(ctx: CoreContext, id: string, rowVersion: number, patch: Partial<CadreFields>): CadreRow {
  const current = requireLiveCadre(ctx, id);
  const merged = {
    unit: patch.unit ?? current.unit ?? '',
    level: patch.level ?? current.level ?? fail('CADRE_LEVEL_REQUIRED'),
    phone: patch.phone === undefined ? current.ownPhone : patch.phone,
    notes: patch.notes === undefined ? current.notes : patch.notes,
  };
  updateRecord(ctx, householdCadres, id, checkedFields(merged), rowVersion);
  return getCadre(ctx, id);
}

export function voidCadre(ctx: CoreContext, id: string, reason: string): CadreRow {
  requireLiveCadre(ctx, id);
  const open = OPEN_PAIRINGS.on(ctx.store.sqlite).get(id) ?? 0;
  if (open > 0) fail('CADRE_HAS_HOUSEHOLDS', { count: open });
  // Their visits stay theirs: a cadre entered by mistake has visits entered by mistake, voided first.
  const visits = LIVE_VISITS.on(ctx.store.sqlite).get(id) ?? 0;
  if (visits > 0) fail('CADRE_HAS_VISITS', { count: visits });
  voidRecord(ctx, householdCadres, id, reason);
  return getCadre(ctx, id);
}

/** A live cadre of this office (the city reads its counties' cadres, never writes them). */
export function requireLiveCadre(ctx: CoreContext, id: string) {
  const cadre = findCadre(ctx, id);
  if (!cadre) fail('CADRE_NOT_FOUND', { id });
  requireOwnRecord(ctx, cadre.officeCode);
  if (cadre.voided) fail('RECORD_VOIDED', { id });
  return cadre;
}
