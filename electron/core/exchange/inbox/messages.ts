// The CLI's sentence for a package refusal: the sentence the screen shows, plus the part or sequence
// numbers that are missing, in the user's language.
import { errorSentence } from '@api/messages/errorSentence';
import type { Language } from '@api/messages/translated';

export function packageMessage(code: string, details: Record<string, unknown> | undefined, language: Language): string {
  const missing = Array.isArray(details?.['missing']) ? (details['missing'] as number[]).join(', ') : null;
  const suffix = missing === null ? '' : language === 'zh-CN' ? `缺少：${missing}。` : ` Missing: ${missing}.`;
  return errorSentence(code, details, language) + suffix;
}
