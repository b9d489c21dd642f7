// A household's poverty file -> core.
import type { HandlersFor } from '../../handler';
import { changePovertyStatus, saveIncome, savePovertyFile } from './file';
import { addMeasure, updateMeasure, voidMeasure } from './measures';
import type { PovertyMethodName } from './methods';
import { povertyFileOf } from './reads';

export const povertyHandlers: HandlersFor<PovertyMethodName> = {
  'households.poverty.get': (ctx, input) => povertyFileOf(ctx, input.householdId),
  'households.poverty.save': (ctx, input) => savePovertyFile(ctx, input),
  'households.poverty.setStatus': (ctx, input) => changePovertyStatus(ctx, input),
  'households.incomes.save': (ctx, input) => saveIncome(ctx, input),
  'households.measures.add': (ctx, input) => addMeasure(ctx, input),
  'households.measures.update': (ctx, input) => updateMeasure(ctx, input.id, input.rowVersion, input.patch),
  'households.measures.void': (ctx, input) => voidMeasure(ctx, input.id, input.reason),
};
