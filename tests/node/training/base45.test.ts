// Base45 against the test vectors of RFC 9285 §4.3 and §4.4, and the texts it must refuse.
import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from '@core/training/certificates/base45';

const bytes = (text: string) => new TextEncoder().encode(text);
const textOf = (data: Uint8Array | null) => (data ? new TextDecoder().decode(data) : null);

describe('Base45 (RFC 9285)', () => {
  it('encodes the RFC examples', () => {
    expect(encodeBase45(bytes('AB'))).toBe('BB8');
    expect(encodeBase45(bytes('Hello!!'))).toBe('%69 VD92EX0');
    expect(encodeBase45(bytes('base-45'))).toBe('UJCLQE7W581');
    expect(encodeBase45(new Uint8Array(0))).toBe('');
  });

  it('decodes the RFC examples', () => {
    expect(textOf(decodeBase45('QED8WEX0'))).toBe('ietf!');
    expect(textOf(decodeBase45('%69 VD92EX0'))).toBe('Hello!!');
    expect(textOf(decodeBase45('BB8'))).toBe('AB');
  });

  it('round-trips every byte value, at both lengths', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const data of [all, all.subarray(1)]) expect(decodeBase45(encodeBase45(data))).toEqual(data);
  });

  it('refuses what is not Base45', () => {
    expect(decodeBase45('GGW')).toBeNull(); // 65536: more than two bytes hold (RFC 9285 §6)
    expect(decodeBase45('ZZ')).toBeNull(); // 2024: more than one byte holds
    expect(decodeBase45('BB8B')).toBeNull(); // a lone last character
    expect(decodeBase45('bb8')).toBeNull(); // lower case is not in the alphabet
    expect(decodeBase45('B=8')).toBeNull();
  });
});
