// The CLI's sentence for a package refusal: the same English text the screen shows, plus the detail that helps.
import { packageMessageText } from '../../../api/packageMessages';

export function packageMessage(code: string, details?: Record<string, unknown>): string {
  const missing = Array.isArray(details?.['missing']) ? ` Missing: ${(details['missing'] as number[]).join(', ')}.` : '';
  return packageMessageText(code, 'en', details) + missing;
}
