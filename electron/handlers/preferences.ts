// A user's own preferences: contract methods to the core store.
import type { MethodName } from '../api/contract';
import { getPreference, setPreference } from '../core/preferences/store';
import type { HandlersFor } from './types';

export const preferenceHandlers: HandlersFor<Extract<MethodName, `prefs.${string}`>> = {
  'prefs.get': (ctx, input) => getPreference(ctx, input.key),
  'prefs.set': (ctx, input) => setPreference(ctx, input.key, input.value),
};
