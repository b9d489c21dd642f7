// Every error code's sentence in both languages, one table per part of the program: the renderer merges
// each into its i18next errors.* (through the features' messages.ts), the CLI reads this table directly.
// A new error code goes into the table of its part, in zh-CN and en (tests/node/cli/cli-messages.test.ts checks).
import type { Language } from '../translated';
import { auditErrors } from './audit';
import { cliErrors } from './cli';
import { commonErrors } from './common';
import { customFieldErrors } from './customFields';
import { donorErrors } from './donors';
import { householdErrors } from './households';
import { inboxErrors } from './inbox';
import { keysErrors } from './keys';
import { memberErrors } from './members';
import { outboxErrors } from './outbox';
import { pairingErrors } from './pairing';
import { errorMessages as peopleErrors } from './people';
import { reportErrors } from './report';
import { rescueErrors } from './rescue';
import { errorMessages as stockErrors } from './stock';
import { trainingErrors } from './training';
import { trainingLegacyErrors } from './trainingLegacy';
import { volunteerErrors } from './volunteers';

const TABLES = [
  commonErrors,
  cliErrors,
  peopleErrors,
  stockErrors,
  keysErrors,
  outboxErrors,
  inboxErrors,
  auditErrors,
  trainingErrors,
  trainingLegacyErrors,
  volunteerErrors,
  customFieldErrors,
  memberErrors,
  rescueErrors,
  donorErrors,
  householdErrors,
  reportErrors,
  pairingErrors,
];

type Table = Record<string, string>;

const merged = (language: Language): Table => Object.assign({}, ...TABLES.map((table) => table[language] as Table));

export const ERROR_MESSAGES: Record<Language, Table> = { 'zh-CN': merged('zh-CN'), en: merged('en') };

export { fileKinds } from './cli';
