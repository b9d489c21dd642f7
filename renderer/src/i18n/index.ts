// i18next set-up: zh-CN by default, English second; one namespace 'translation' built by deep-merging
// the common words (zh-CN.ts, en.ts) with each feature's messages.ts. The choice is kept in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages as accountMessages } from '../features/account/messages';
import { messages as auditMessages } from '../features/audit/messages';
import { messages as authMessages } from '../features/auth/messages';
import { messages as customFieldMessages } from '../features/customFields/messages';
import { messages as donorMessages } from '../features/donors/messages';
import { messages as inboxMessages } from '../features/exchange/inbox/messages';
import { messages as outboxMessages } from '../features/exchange/outbox/messages';
import { tableLabelMessages } from '../features/exchange/tableLabels';
import { beneficiaryMessages } from '../features/households/beneficiaryMessages';
import { messages as householdMessages } from '../features/households/messages';
import { householdPageMessages } from '../features/households/pageMessages';
import { povertyMessages } from '../features/households/povertyMessages';
import { messages as keysMessages } from '../features/keys/messages';
import { duesMessages as memberDuesMessages } from '../features/members/duesMessages';
import { messages as memberMessages } from '../features/members/messages';
import { organisationMessages } from '../features/organisation/messages';
import { alertMessages as pairingAlertMessages } from '../features/pairing/alertMessages';
import { messages as pairingMessages } from '../features/pairing/messages';
import { visitMessages as pairingVisitMessages } from '../features/pairing/visitMessages';
import { peopleGroupMessages } from '../features/people/groupMessages';
import { reimportMessages } from '../features/people/import/reimportMessages';
import { messages as peopleMessages } from '../features/people/messages';
import { messages as rescueMessages } from '../features/rescue/messages';
import { rosterOfficeMessages } from '../features/rosters/messages';
import { messages as settingsMessages } from '../features/settings/messages';
import { messages as setupMessages } from '../features/setup/messages';
import { documentMessages as stockDocumentMessages } from '../features/stock/documentMessages';
import { messages as stockMessages } from '../features/stock/messages';
import { openingNoteMessages as stockOpeningNoteMessages } from '../features/stock/openingNoteMessages';
import { referenceMessages as stockReferenceMessages } from '../features/stock/referenceMessages';
import { reportMessages as stockReportMessages } from '../features/stock/reportMessages';
import { certificateMessages as trainingCertificateMessages } from '../features/training/certificates/messages';
import { messages as trainingCourseMessages } from '../features/training/courses/messages';
import { messages as trainingMessages } from '../features/training/messages';
import { photoMessages as trainingPhotoMessages } from '../features/training/photos/messages';
import { reportMessages as trainingReportMessages } from '../features/training/reportMessages';
import { messages as usersMessages } from '../features/users/messages';
import { volunteerFileMessages } from '../features/volunteers/files/messages';
import { messages as volunteerMessages } from '../features/volunteers/messages';
import { dateMessages } from '../ui/dateMessages';
import { messages as gridMessages } from '../ui/grid/messages';
import { gridColumnMessages } from '../ui/gridColumns/messages';
import { printMessages } from '../ui/print/messages';
import { en } from './en';
import { inputIssueMessages } from './inputIssues';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'boai.lang';

/** What a feature's messages.ts exports: a subtree per language, merged into 'translation'. */
export interface FeatureMessages {
  'zh-CN': object;
  en: object;
}

const features: FeatureMessages[] = [
  accountMessages,
  auditMessages,
  authMessages,
  setupMessages,
  usersMessages,
  settingsMessages,
  customFieldMessages,
  peopleMessages,
  reimportMessages,
  peopleGroupMessages,
  stockMessages,
  stockDocumentMessages,
  stockReferenceMessages,
  stockReportMessages,
  stockOpeningNoteMessages,
  keysMessages,
  outboxMessages,
  inboxMessages,
  trainingMessages,
  trainingCourseMessages,
  trainingReportMessages,
  trainingCertificateMessages,
  trainingPhotoMessages,
  volunteerMessages,
  volunteerFileMessages,
  memberMessages,
  pairingMessages,
  pairingVisitMessages,
  pairingAlertMessages,
  memberDuesMessages,
  organisationMessages,
  rescueMessages,
  rosterOfficeMessages,
  donorMessages,
  householdMessages,
  householdPageMessages,
  povertyMessages,
  beneficiaryMessages,
  tableLabelMessages,
  inputIssueMessages,
  gridMessages,
  gridColumnMessages,
  dateMessages,
  printMessages,
];

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges b into a copy of a, tree by tree; on a clash of two strings the later wins. */
export function deepMerge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    out[key] = isTree(current) && isTree(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function bundle(language: Language, base: object): Tree {
  return features.reduce<Tree>((tree, feature) => deepMerge(tree, feature[language] as Tree), base as Tree);
}

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: bundle('zh-CN', zhCN) },
    en: { translation: bundle('en', en) },
  },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Switches the language for the whole app and remembers it for the next start. */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export { gridLocale } from './gridLocale';
export { errorText } from './errorText';
export { formatDateTime, formatDate } from './format';
export default i18n;
