// The course kinds, kind names and certificate settings a county office starts with (rules/training/kinds.ts):
// written once, at set-up, or when an office set up before training existed first opens this version.
import type { Store } from '@db/open';
import { trainingKindAliases, trainingKinds, trainingSettings } from '@db/schema';
import { DEFAULT_CERTIFICATE_PATTERN } from '@rules/training/certificateNumber';
import { DEFAULT_KIND_ALIASES, DEFAULT_KINDS, DEFAULT_SKILLS, KIND_DEFAULTS } from '@rules/training/kinds';
import { readOffice } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { insertRecords, recordInserter } from '../../records/bulk';
import { timeOrderedIds } from '../../records/ids';

export const SEED_METHOD = 'training.seedDefaults';

/** Writes the default kinds, aliases and settings for `officeCode` in the caller's transaction. */
export function seedTrainingDefaults(ctx: CoreContext, officeCode: string): void {
  const kindIds = timeOrderedIds(DEFAULT_KINDS.length, ctx.now());
  const idOf = new Map(DEFAULT_KINDS.map((kind, n) => [kind.code, kindIds[n]!]));
  const insertKind = recordInserter(ctx, trainingKinds, officeCode, [
    'code',
    'name',
    'category',
    'renewsKindId',
    'certificateTitle',
    'nominalHours',
    'validityMonths',
    'renewalGraceMonths',
    'passMark',
    'skills',
    'absenceLimitHours',
    'qualifiesInstructors',
    'sortOrder',
  ]);
  DEFAULT_KINDS.forEach((kind, n) =>
    insertKind(kindIds[n]!, {
      code: kind.code,
      name: kind.name,
      category: kind.category,
      renewsKindId: kind.renews ? idOf.get(kind.renews)! : null,
      certificateTitle: kind.certificateTitle ?? null,
      nominalHours: kind.nominalHours,
      ...KIND_DEFAULTS,
      skills: JSON.stringify(kind.category === 'popular' ? [] : DEFAULT_SKILLS),
      qualifiesInstructors: kind.qualifiesInstructors ?? false,
      sortOrder: n + 1,
    }),
  );
  insertRecords(
    ctx,
    trainingKindAliases,
    officeCode,
    Object.entries(DEFAULT_KIND_ALIASES).map(([alias, code]) => ({ alias, kindId: idOf.get(code)! })),
  );
  insertRecords(ctx, trainingSettings, officeCode, [{ numberPattern: DEFAULT_CERTIFICATE_PATTERN, signatory: null }]);
  appendAudit(ctx, { method: SEED_METHOD, tableName: 'training_kinds', after: { kinds: DEFAULT_KINDS.length } });
}

/** Migrations before 0007_training, the one that brought the training tables. */
const BEFORE_TRAINING = 7;

/**
 * A county office set up before training existed gets the defaults when this version opens its database for the
 * first time (the training migration has just run), and only then.
 */
export function seedTrainingDefaultsOnce(store: Store, migrationsBefore: number, now: Date): void {
  if (migrationsBefore > BEFORE_TRAINING) return;
  const office = readOffice(store);
  if (office?.role !== 'county') return;
  if (store.sqlite.prepare('SELECT 1 FROM training_settings LIMIT 1').get()) return;
  const ctx: CoreContext = { store, actor: null, method: SEED_METHOD, now: () => now };
  store.sqlite.transaction(() => seedTrainingDefaults(ctx, office.code))();
}
