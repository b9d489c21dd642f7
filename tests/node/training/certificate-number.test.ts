// Certificate numbers: the MOD 37-2 check character catches every mistyped character and every swap of two
// neighbours in the office's numbers; patterns are configurable; legacy numbers keep their own form.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CERTIFICATE_PATTERN,
  formatCertificateNumber,
  lastSequence,
  parseNumberPattern,
  readCertificateNumber,
  type NumberPattern,
} from '@rules/training/certificateNumber';
import { checkCharacter, hasValidCheckCharacter } from '@rules/training/checkCharacter';

function patternOf(source: string): NumberPattern {
  const parsed = parseNumberPattern(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.code}`);
  return parsed.pattern;
}

const standard = patternOf(DEFAULT_CERTIFICATE_PATTERN);
const SUBSTITUTES = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*-/'];

/** Every text one character away from `number`: each character replaced by each other sign. */
function substitutions(number: string): string[] {
  return [...number].flatMap((original, i) =>
    SUBSTITUTES.filter((s) => s !== original).map((s) => number.slice(0, i) + s + number.slice(i + 1)),
  );
}

/** Every text with two different neighbours of `number` swapped. */
function transpositions(number: string): string[] {
  return [...number.slice(1)].flatMap((next, i) =>
    next === number[i] ? [] : [number.slice(0, i) + next + number[i]! + number.slice(i + 2)],
  );
}

describe('the check character (ISO/IEC 7064 MOD 37-2)', () => {
  it("gives ISBT 128's published example and can be *", () => {
    expect(checkCharacter('A999914123458')).toBe('J');
    expect(hasValidCheckCharacter('A999914123458J')).toBe(true);
    const starred = Array.from({ length: 200 }, (_, i) => `3213022025${String(i + 1).padStart(6, '0')}`).find(
      (body) => checkCharacter(body) === '*',
    );
    expect(starred).toBeDefined();
    expect(readCertificateNumber(`${starred!.slice(0, 6)}-2025-${starred!.slice(10)}*`, standard)).toMatchObject({
      ok: true,
      form: 'pattern',
    });
  });

  it('catches every single-character substitution and every neighbour swap of sample numbers', () => {
    const samples = [1, 17, 999_999, 101_010, 234_567, 800_001].flatMap((seq) =>
      ['321302', '321311', '110105'].map((office) => formatCertificateNumber(standard, { office, year: 2025, seq })),
    );
    let tried = 0;
    for (const number of samples) {
      expect(readCertificateNumber(number, standard)).toMatchObject({ ok: true, form: 'pattern', number });
      for (const typo of [...substitutions(number), ...transpositions(number)]) {
        const read = readCertificateNumber(typo, standard);
        tried++;
        if (read.ok && read.form === 'pattern') throw new Error(`${typo} passed for ${number}`);
      }
    }
    expect(tried).toBeGreaterThan(samples.length * 19 * 38);
  });

  it('tells a mistyped number of the pattern from a legacy number', () => {
    expect(readCertificateNumber('321302-2025-000017K', standard)).toEqual({
      ok: false,
      code: 'CERTIFICATE_NUMBER_CHECK',
    });
    expect(readCertificateNumber('321302-2025-000071' + checkCharacter('3213022025000017'), standard)).toEqual({
      ok: false,
      code: 'CERTIFICATE_NUMBER_CHECK',
    });
  });
});

describe('number patterns', () => {
  it('numbers 321302-2025-000017 with its check character, and reads it back however it was typed', () => {
    const number = formatCertificateNumber(standard, { office: '321302', year: 2025, seq: 17 });
    expect(number).toBe(`321302-2025-000017${checkCharacter('3213022025000017')}`);
    expect(standard.length).toBe(19);
    const parts = { office: '321302', year: 2025, seq: 17 };
    for (const typed of [
      number,
      number.toLowerCase(),
      number.replaceAll('-', ''),
      ` ３２１３０２-2025-000017${number.at(-1)} `,
    ])
      expect(readCertificateNumber(typed, standard)).toEqual({ ok: true, number, form: 'pattern', parts });
  });

  it("takes an office's own pattern: a prefix in Chinese, a shorter sequence, no check character", () => {
    const own = patternOf('宿红救{year}{seq:5}{check}');
    const number = formatCertificateNumber(own, { office: '321302', year: 2026, seq: 42 });
    expect(number).toBe(`宿红救202600042${checkCharacter('202600042')}`);
    expect(readCertificateNumber(number, own)).toMatchObject({ ok: true, form: 'pattern', number });
    expect(lastSequence(own)).toBe(99_999);
    expect(() => formatCertificateNumber(own, { office: '321302', year: 2026, seq: 100_000 })).toThrow(RangeError);
    const plain = patternOf('JH{office}{seq:4}');
    expect(formatCertificateNumber(plain, { office: '321302', year: 2026, seq: 7 })).toBe('JH3213020007');
  });

  it('keeps a legacy number in its own form, unchecked', () => {
    expect(readCertificateNumber('苏红救字(2019)第0123号', standard)).toEqual({
      ok: true,
      number: '苏红救字(2019)第0123号',
      form: 'legacy',
    });
    expect(readCertificateNumber('  ', standard)).toEqual({ ok: false, code: 'CERTIFICATE_NUMBER_REQUIRED' });
    expect(readCertificateNumber('9'.repeat(41), standard)).toEqual({ ok: false, code: 'CERTIFICATE_NUMBER_TOO_LONG' });
  });

  it('refuses a pattern that cannot number certificates, saying why', () => {
    expect(parseNumberPattern('{office}-{yr}-{seq:6}')).toEqual({ ok: false, code: 'CERTIFICATE_PATTERN_TOKEN' });
    expect(parseNumberPattern('{office}-{year}')).toEqual({ ok: false, code: 'CERTIFICATE_PATTERN_NO_SEQUENCE' });
    expect(parseNumberPattern('{seq}{seq:4}')).toEqual({ ok: false, code: 'CERTIFICATE_PATTERN_NO_SEQUENCE' });
    expect(parseNumberPattern('{check}{office}{seq:6}')).toEqual({
      ok: false,
      code: 'CERTIFICATE_PATTERN_CHECK_NOT_LAST',
    });
    expect(parseNumberPattern(`${'红'.repeat(30)}{year}{seq:9}`)).toEqual({
      ok: false,
      code: 'CERTIFICATE_PATTERN_TOO_LONG',
    });
    expect(parseNumberPattern('{office}-{year}-{seq}{check}')).toMatchObject({ ok: true, pattern: { length: 19 } });
  });
});
