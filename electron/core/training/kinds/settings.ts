// The small settings lists of training: kind names recognised on import (aliases), township populations
// (户籍人口) and the office's annual targets. A set replaces the live row (updated in place) or adds one.
import type { KindAliasRow, PopulationRow, TargetRow } from '@core/training/kinds/contract';
import { trainingKindAliases, trainingPopulations, trainingTargets } from '@db/schema';
import { normaliseKindAlias } from '@rules/training/kinds';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf, OWN_OFFICE } from '../../stock/office';
import { findKind } from './kinds';

const ALIASES = rowRead<
  Pick<typeof trainingKindAliases.$inferSelect, 'id' | 'alias' | 'kindId'> & { kindName: string },
  []
>(
  `SELECT a.id, a.alias, a.kind_id AS kindId, k.name AS kindName FROM training_kind_aliases a
  JOIN training_kinds k ON k.id = a.kind_id WHERE a.voided = 0 AND a.${OWN_OFFICE} ORDER BY k.sort_order, a.alias`,
);
const POPULATIONS = rowRead<Pick<typeof trainingPopulations.$inferSelect, 'id' | 'township' | 'population'>, []>(
  `SELECT id, township, population FROM training_populations WHERE voided = 0 AND ${OWN_OFFICE} ORDER BY township`,
);
const TARGETS = rowRead<
  Pick<typeof trainingTargets.$inferSelect, 'id' | 'year' | 'certifiedTarget' | 'popularTarget' | 'population'>,
  []
>(
  `SELECT id, year, certified_target AS certifiedTarget, popular_target AS popularTarget, population
  FROM training_targets WHERE voided = 0 AND ${OWN_OFFICE} ORDER BY year DESC`,
);

export function listAliases(ctx: CoreContext): KindAliasRow[] {
  return ALIASES.on(ctx.store.sqlite).all();
}

export function addAlias(ctx: CoreContext, aliasText: string, kindId: string): KindAliasRow {
  const kind = findKind(ctx, kindId);
  if (kind.voided) fail('RECORD_VOIDED', { id: kindId });
  const alias = normaliseKindAlias(aliasText);
  if (!alias) fail('TRAINING_ALIAS_REQUIRED');
  const taken = listAliases(ctx).find((row) => row.alias === alias);
  if (taken) fail('TRAINING_ALIAS_TAKEN', { alias, kindName: taken.kindName });
  const row = insertRecord(ctx, trainingKindAliases, officeCodeOf(ctx), { alias, kindId });
  return { id: row.id, alias, kindId, kindName: kind.name };
}

export function voidAlias(ctx: CoreContext, id: string, reason: string): KindAliasRow[] {
  voidRecord(ctx, trainingKindAliases, id, reason);
  return listAliases(ctx);
}

export function listPopulations(ctx: CoreContext): PopulationRow[] {
  return POPULATIONS.on(ctx.store.sqlite).all();
}

export function setPopulation(ctx: CoreContext, townshipText: string, population: number | null): PopulationRow[] {
  const township = townshipText.trim();
  if (!township) fail('TRAINING_TOWNSHIP_REQUIRED');
  const current = listPopulations(ctx).find((row) => row.township === township);
  if (population === null) {
    if (current) voidRecord(ctx, trainingPopulations, current.id, 'population cleared');
  } else if (current) updateRecord(ctx, trainingPopulations, current.id, { population });
  else insertRecord(ctx, trainingPopulations, officeCodeOf(ctx), { township, population });
  return listPopulations(ctx);
}

export function listTargets(ctx: CoreContext): TargetRow[] {
  return TARGETS.on(ctx.store.sqlite).all();
}

/** The year's targets; its population (户籍人口, the annual report's share) too when given (null clears it). */
export function setTarget(
  ctx: CoreContext,
  year: number,
  input: { certifiedTarget: number | null; popularTarget: number | null; population?: number | null },
): TargetRow[] {
  const { certifiedTarget, popularTarget, population } = input;
  const figures = { certifiedTarget, popularTarget, ...(population === undefined ? {} : { population }) };
  const current = listTargets(ctx).find((row) => row.year === year);
  if (current) updateRecord(ctx, trainingTargets, current.id, figures);
  else insertRecord(ctx, trainingTargets, officeCodeOf(ctx), { year, population: null, ...figures });
  return listTargets(ctx);
}
