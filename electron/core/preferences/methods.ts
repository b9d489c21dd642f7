// A user's own settings (grid columns: order, widths, hidden): read and written only by that user, keyed by name.
import { z } from 'zod';
import { method } from '../../api/method';

/** "grid:people", "grid:stock.onHand": a short name, never a path. */
const preferenceKey = z.string().regex(/^[a-z][a-zA-Z0-9:._-]{0,63}$/);

export { PREFERENCE_MAX_BYTES } from '@rules/limits';

export const preferenceMethods = {
  /** Null when the user has not set it. Background: opening a page is not the user's activity. */
  'prefs.get': method<{ value: unknown }>()({
    effect: 'read',
    input: z.object({ key: preferenceKey }),
    access: 'signedIn',
    background: true,
  }),
  /** A value of null forgets the preference (重置列). */
  'prefs.set': method<null>()({
    effect: 'write',
    input: z.object({ key: preferenceKey, value: z.unknown() }),
    access: 'signedIn',
  }),
} as const;
