// Every paired-assistance method (cadres, pairings, visits, a household's timeline and 扶贫手册, alerts, the list
// import): the one line electron/api/contract.ts takes.
import { alertMethods } from './alerts/methods';
import { cadreMethods } from './cadres/methods';
import { householdPairingMethods } from './household/methods';
import { pairingImportMethods } from './import/methods';
import { pairingMethods as pairingListMethods } from './pairings/methods';
import { visitMethods } from './visits/methods';

export const pairingMethods = {
  ...cadreMethods,
  ...pairingListMethods,
  ...visitMethods,
  ...householdPairingMethods,
  ...alertMethods,
  ...pairingImportMethods,
} as const;
