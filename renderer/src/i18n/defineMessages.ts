// Typed helper for a feature's messages.ts: the English tree must have exactly the keys of the Chinese one,
// so a missing translation fails the type check. (Kept apart from index.ts, which imports every feature.)

import type { Translated } from '@api/messages/translated';

export type { Translated };

export function defineMessages<T extends object>(messages: { 'zh-CN': T; en: Translated<T> }) {
  return messages;
}
