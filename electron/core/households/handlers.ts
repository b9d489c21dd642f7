// Every household method -> core: the one line electron/handlers.ts takes.
import type { HandlersFor } from '../handler';
import { beneficiaryHandlers } from './beneficiaries/handlers';
import { householdImportHandlers } from './import/handlers';
import { householdMemberHandlers } from './members/handlers';
import type { householdMethods } from './methods';
import { povertyHandlers } from './poverty/handlers';
import { householdRosterHandlers } from './roster/handlers';

export const householdHandlers: HandlersFor<keyof typeof householdMethods> = {
  ...householdRosterHandlers,
  ...householdMemberHandlers,
  ...povertyHandlers,
  ...beneficiaryHandlers,
  ...householdImportHandlers,
};
