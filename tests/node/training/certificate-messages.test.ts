// Every refusal of a certificate code, a typed number or a number pattern has its sentence in Chinese and English,
// in a checker's or a clerk's words (no database words, no bare codes).
import { describe, expect, it } from 'vitest';
import { errorSentence, hasSentence } from '@api/messages/errorSentence';
import { CERTIFICATE_CODE_REFUSALS } from '@core/training/certificates';
import { NUMBER_PROBLEMS, PATTERN_PROBLEMS } from '@rules/training/certificateNumber';

const CODES = [...CERTIFICATE_CODE_REFUSALS, ...NUMBER_PROBLEMS, ...PATTERN_PROBLEMS];

describe('certificate messages', () => {
  it.each(CODES)('%s is said in Chinese and in English', (code) => {
    expect(hasSentence(code, 'zh-CN')).toBe(true);
    expect(hasSentence(code, 'en')).toBe(true);
    const chinese = errorSentence(code, {}, 'zh-CN');
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    for (const sentence of [chinese, errorSentence(code, {}, 'en')]) {
      expect(sentence).not.toContain(code);
      expect(sentence).not.toMatch(/\b(COSE|CBOR|Base45|kid|null|undefined)\b/);
    }
  });
});
