// Training reference data: course kinds, the kind names recognised on import, township populations and the
// annual targets. Everyone who sees training reads them; trainers (and admins) edit them.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import { method, optionalText, text } from '@api/method';
import type { Role } from '@api/roles';
import { TRAINING_KIND_CATEGORIES } from '@rules/training/kinds';
import type { KindAliasRow, PopulationRow, TargetRow, TrainingKindRow } from './contract';

export const TRAINERS: readonly Role[] = ['trainer'];
export const TRAINING_READERS: readonly Role[] = ['trainer', 'clerk', 'approver', 'viewer'];

const L = FIELD_LIMITS.training_kinds;
const id = z.uuid();
const count = (max: number) => z.number().int().min(0).max(max);
const kindPatch = z.object({
  name: text(L.name).min(1).optional(),
  nominalHours: count(1000).optional(),
  validityMonths: z.number().int().min(1).max(240).optional(),
  renewalGraceMonths: count(120).optional(),
  passMark: count(100).optional(),
  skills: z.array(text(20).min(1)).max(20).optional(),
  absenceLimitHours: count(1000).optional(),
  certificateTitle: optionalText(L.certificateTitle),
  qualifiesInstructors: z.boolean().optional(),
});
const optionalCount = z.number().int().min(0).max(100_000_000).nullable();

export const trainingKindMethods = {
  'training.kinds.list': method<TrainingKindRow[]>()({
    effect: 'read',
    input: z.object({ includeVoided: z.boolean().optional() }),
    access: TRAINING_READERS,
  }),
  'training.kinds.create': method<TrainingKindRow>()({
    effect: 'write',
    input: kindPatch.extend({
      name: text(L.name).min(1),
      category: z.enum(TRAINING_KIND_CATEGORIES),
      renewsKindId: id.nullish(),
      nominalHours: count(1000),
    }),
    access: TRAINERS,
  }),
  'training.kinds.update': method<TrainingKindRow>()({
    effect: 'write',
    input: z.object({ id, rowVersion: z.number().int().min(1), patch: kindPatch }),
    access: TRAINERS,
  }),
  'training.kinds.void': method<TrainingKindRow>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: TRAINERS,
  }),
  'training.aliases.list': method<KindAliasRow[]>()({ effect: 'read', input: z.object({}), access: TRAINING_READERS }),
  'training.aliases.add': method<KindAliasRow>()({
    effect: 'write',
    input: z.object({ alias: text(FIELD_LIMITS.training_kind_aliases.alias).min(1), kindId: id }),
    access: TRAINERS,
  }),
  'training.aliases.void': method<KindAliasRow[]>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: TRAINERS,
  }),
  'training.populations.list': method<PopulationRow[]>()({
    effect: 'read',
    input: z.object({}),
    access: TRAINING_READERS,
  }),
  /** population null takes the township off the list. */
  'training.populations.set': method<PopulationRow[]>()({
    effect: 'write',
    input: z.object({ township: text(FIELD_LIMITS.training_populations.township).min(1), population: optionalCount }),
    access: TRAINERS,
  }),
  'training.targets.list': method<TargetRow[]>()({ effect: 'read', input: z.object({}), access: TRAINING_READERS }),
  'training.targets.set': method<TargetRow[]>()({
    effect: 'write',
    input: z.object({
      year: z.number().int().min(2000).max(2199),
      certifiedTarget: optionalCount,
      popularTarget: optionalCount,
      /** Left out: unchanged. */
      population: optionalCount.optional(),
    }),
    access: TRAINERS,
  }),
} as const;

export type TrainingKindMethodName = keyof typeof trainingKindMethods;
