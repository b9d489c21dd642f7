// Every way a package can be refused has a sentence for the clerk in Chinese and in English.
import { describe, expect, it } from 'vitest';
import { PACKAGE_MESSAGES } from '@api/messages/errors/packages';
import { PACKAGE_ERROR_CODES } from '@core/exchange/types';

describe('package messages', () => {
  it('covers every PKG_* code in both languages, and nothing else', () => {
    expect(Object.keys(PACKAGE_MESSAGES).sort()).toEqual([...PACKAGE_ERROR_CODES].sort());
    for (const [code, text] of Object.entries(PACKAGE_MESSAGES)) {
      expect(text['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, code).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(PACKAGE_MESSAGES['PKG_TRUNCATED']!['zh-CN']).toBe('此数据包不完整，可能复制中断，请重新拷贝。');
  });
});
