// Verify reads a payload line without JSON.parse when it can (format/jsonLine.ts): it must never accept a line
// JSON.parse refuses, nor count a line under another table than the apply's JSON.parse would.
import { describe, expect, it } from 'vitest';
import { countKey } from '@core/exchange/format/header';
import { quickTableOf, UNSURE } from '@core/exchange/format/jsonLine';

/** A record as a package carries it. */
const PLAIN =
  '{"table":"people","id":"1580ff73-cdf6-4159-8413-2165e1b9db0a","officeCode":"321301","rowVersion":1,' +
  '"voided":true,"voidedAt":"2026-05-01T09:00:00.000Z","voidedBy":"clerk","voidReason":"重复登记",' +
  '"fields":{"name":"曹丽红","gender":"F","id_number":"321322201909193627","mobile":"18837393510",' +
  '"phone":null,"score":-12.5e-3,"ok":false,"n":0}}';
/** One with escapes, arrays and deeper objects, which JSON.parse reads. */
const RICH = '{"table":"people","fields":{"notes":"a \\"quoted\\" \\\\ \\u00e9","list":[1,[2,{}],[]],"o":{"p":{}}}}';

/** What verify counts the line under, or 'refused'; JSON.parse decides whatever the quick reader leaves. */
function verifyKey(line: string): string {
  const quick = quickTableOf(line);
  return quick === UNSURE ? applyKey(line) : quick;
}

function applyKey(line: string): string {
  try {
    return countKey(JSON.parse(line), 'delta');
  } catch {
    return 'refused';
  }
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const PIECES = ['{', '}', '[', ']', '"', '\\', ':', ',', ' ', '\t', '\r', '0', '1', '-', '+', '.', 'e', 'E', 'u',
  'a', 'n', 't', 'f', 'null', 'true', 'false', '"table"', '"table":', '"table":"x",', '\\u0061', '\\"', '\u0001',
  '\ufeff', '\ud800', '张', '"x"', '{"table":"stock"}', '01', '1.', '.5', '1e', '1e+', '-0', '{}', '"a":1'];

describe('verify reads a payload line as JSON.parse would', () => {
  it('reads a record as packages carry it itself, and counts it under its table', () => {
    expect(quickTableOf(PLAIN)).toBe('people');
    expect(quickTableOf('{"table":"stock_lots"}')).toBe('stock_lots');
  });

  it('leaves to JSON.parse what it is not sure of', () => {
    const lines = [
      RICH,
      '{"t\\u0061ble":"people"}',
      '{"table":"peo\\u0070le"}',
      '{"table":"stock","table":"people"}',
      '{"id":"x","table":"people"}',
      '{"table":"people","fields":{"table":"x"}}',
      '{"table":1}',
      ' {"table":"people"}',
      '{"table":"people"}\r',
      '[1]',
      '',
      '\ufeff{"table":"people"}',
    ];
    for (const line of lines) expect([line, quickTableOf(line)]).toEqual([line, UNSURE]);
  });

  it('never disagrees with JSON.parse, over 30,000 damaged and generated lines', () => {
    const next = random(20_261_207);
    const pick = () => PIECES[Math.floor(next() * PIECES.length)]!;
    let quick = 0;
    for (let n = 0; n < 30_000; n++) {
      let line: string;
      if (n % 3 < 2) {
        // a record line with a few edits: a character dropped, a piece inserted, or a span repeated
        line = n % 3 === 0 ? PLAIN : RICH;
        for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
          const at = Math.floor(next() * line.length);
          const kind = next();
          if (kind < 0.4) line = line.slice(0, at) + line.slice(at + 1);
          else if (kind < 0.8) line = line.slice(0, at) + pick() + line.slice(at);
          else line = line.slice(0, at) + line.slice(at, at + 8) + line.slice(at);
        }
      } else {
        line = '{"table":"people"';
        for (let k = Math.floor(next() * 8); k > 0; k--) line += pick();
      }
      if (quickTableOf(line) !== UNSURE) quick++;
      expect([line, verifyKey(line)]).toEqual([line, applyKey(line)]);
    }
    expect(quick).toBeGreaterThan(1_000); // the quick reader was tried, not only JSON.parse
  });
});
