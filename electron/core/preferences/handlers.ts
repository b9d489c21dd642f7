// A user's own preferences: contract methods to the core store.
import type { MethodName } from '../../api/contract';
import type { HandlersFor } from '../handler';
import { getPreference, setPreference } from './store';

export const preferenceHandlers: HandlersFor<Extract<MethodName, `prefs.${string}`>> = {
  'prefs.get': (ctx, input) => getPreference(ctx, input.key),
  'prefs.set': (ctx, input) => setPreference(ctx, input.key, input.value),
};
