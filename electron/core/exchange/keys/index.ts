// Office keys and the trust list: what the package code and the API use.
export { createOfficeKeys, hasOfficeKeys, loadKeyRing, ownKeySummary, rotateOfficeKeys } from './ring';
export { trustLookup, trustOffice, previewCard, listTrusted } from './trust';
export { buildCard, cardText, parseCard, type KeyCard } from './card';
export { keychainSealer, passphraseSealer, passphraseFrom, sealerFromPassphrase, type Keychain } from './sealer';
export {
  fingerprintOf,
  groupFingerprint,
  keyIdOf,
  normalizeFingerprint,
  publicKeyFromRaw,
  rawPublicKey,
} from './material';
