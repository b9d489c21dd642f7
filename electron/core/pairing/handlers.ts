// Every paired-assistance method -> core: the one line electron/handlers.ts takes.
import type { HandlersFor } from '../handler';
import { alertHandlers } from './alerts/handlers';
import { cadreHandlers } from './cadres/handlers';
import { householdPairingHandlers } from './household/handlers';
import { pairingImportHandlers } from './import/handlers';
import type { pairingMethods } from './methods';
import { pairingHandlers as pairingListHandlers } from './pairings/handlers';
import { visitHandlers } from './visits/handlers';

export const pairingHandlers: HandlersFor<keyof typeof pairingMethods> = {
  ...cadreHandlers,
  ...pairingListHandlers,
  ...visitHandlers,
  ...householdPairingHandlers,
  ...alertHandlers,
  ...pairingImportHandlers,
};
