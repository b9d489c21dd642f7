// 帮扶提醒 -> core.
import type { HandlersFor } from '../../handler';
import { readOfficeOf } from '../../stock/office';
import { pairingSettingsOf, setPairingSettings } from '../settings';
import { contactCards } from './cards';
import type { AlertMethodName } from './methods';
import { overduePairings } from './overdue';
import { overloadedCadres } from './overloaded';
import { uncoveredHouseholds } from './uncovered';

export const alertHandlers: HandlersFor<AlertMethodName> = {
  'pairing.settings.get': (ctx, input) => pairingSettingsOf(ctx, readOfficeOf(ctx, input.officeCode)),
  'pairing.settings.set': (ctx, input) => setPairingSettings(ctx, input),
  'pairing.overdue': (ctx, input) => overduePairings(ctx, input),
  'pairing.uncovered': (ctx, input) => uncoveredHouseholds(ctx, input),
  'pairing.overloaded': (ctx, input) => overloadedCadres(ctx, input),
  'pairing.cards': (ctx, input) => contactCards(ctx, input),
};
