// Search keys stored with each person at write time, so the grid's search box runs on indexes:
// pinyin of the name (full and initials) and the ID number reversed (its tail becomes a prefix).
import { pinyin, polyphonic } from 'pinyin-pro';

export interface NameSearchKeys {
  readonly pinyinFull: string;
  readonly pinyinInitials: string;
}

const OPTIONS = { toneType: 'none', mode: 'surname', type: 'array', nonZh: 'consecutive', v: true } as const;

/**
 * Names already read, in two generations: pinyin-pro costs ~7-30 us a name, and a roster repeats common names.
 * When the newer generation is full the older one is dropped whole (a Map evicting one entry at a time gets
 * slower as holes pile up). Small on purpose: at most 2 x GENERATION names, ~3 MB. A memo large enough to
 * carry a whole package's names from the city's preview to its apply (130,000 names, ~19 MB) saved ~5 s of
 * CPU on 1,000,000 people but grew JavaScript's heap by ~65 MB, which SQLite's page cache uses better.
 */
let newer = new Map<string, NameSearchKeys>();
let older = new Map<string, NameSearchKeys>();
const GENERATION = 10_000;

/** 张三 -> {pinyinFull: 'zhangsan', pinyinInitials: 'zs'}; 单/曾/解 read as surnames; non-Han kept as letters/digits. */
export function nameSearchKeys(name: string): NameSearchKeys {
  let keys = newer.get(name);
  if (keys) return keys;
  keys = older.get(name) ?? Object.freeze(readPlainName(name) ?? readNameByPinyinPro(name));
  if (newer.size >= GENERATION) {
    older = newer;
    newer = new Map();
  }
  newer.set(name, keys);
  return keys;
}

/**
 * Each Han character's reading when it has only one (tones aside), else null: read once per character. A
 * name made only of such characters reads the same whatever the context, so it needs none of pinyin-pro's
 * segmentation or surname rules (the polyphonic ones, 单 曾 解 ..., all have several readings): about a
 * third of the cost of a name. Bounded by the number of Han characters.
 */
const singleReading = new Map<string, string | null>();
const HAN = /^\p{Script=Han}$/u;

/** The one reading of a Han character (pinyin without tone, lower case), or null when it has several or is not Han. */
export function readingOf(char: string): string | null {
  let reading = singleReading.get(char);
  if (reading === undefined) {
    const readings = HAN.test(char) ? (polyphonic(char, { toneType: 'none', type: 'array', v: true })[0] ?? []) : [];
    reading = readings.length === 1 ? readings[0]!.toLowerCase().replace(/[^a-z0-9]/g, '') || null : null;
    singleReading.set(char, reading);
  }
  return reading;
}

/** The keys of a name whose every character has one reading; null for any other name. */
function readPlainName(name: string): NameSearchKeys | null {
  let full = '';
  let initials = '';
  for (const char of name) {
    const reading = readingOf(char);
    if (reading === null) return null;
    full += reading;
    initials += reading[0];
  }
  return { pinyinFull: full, pinyinInitials: initials };
}

/** Any name, through pinyin-pro (segmentation, surname readings); exported for the test of the shortcut above. */
export function readNameByPinyinPro(name: string, mode: 'surname' | 'normal' = 'surname'): NameSearchKeys {
  let full = '';
  let initials = '';
  let at = 0;
  // pinyin-pro gives one syllable per Han character and a run of other text unchanged, in order.
  for (const item of pinyin(name, { ...OPTIONS, mode })) {
    const verbatim = name.startsWith(item, at);
    at += verbatim ? item.length : nextCharLength(name, at);
    const key = item.toLowerCase().replace(/[^a-z0-9]/g, '');
    full += key;
    initials += verbatim ? key : key.slice(0, 1);
  }
  return { pinyinFull: full, pinyinInitials: initials };
}

/** A unit's or a place's name (宿城区第一中学 -> suchengqudiyizhongxue): no surname readings. */
export function textSearchKeys(text: string): NameSearchKeys {
  return readNameByPinyinPro(text, 'normal');
}

function nextCharLength(text: string, at: number): number {
  const code = text.codePointAt(at);
  return code !== undefined && code > 0xffff ? 2 : 1;
}

/** Longer text than any ID number is reversed through an array (a spread of its codes could exceed the call stack). */
const MAX_SPREAD = 1024;

/**
 * Reversed by code point (a surrogate pair stays a pair). Built from its character codes in one go: adding a
 * character at a time leaves a chain of six 32-byte pieces in every 18-digit result, ~18 MB held by the rows of
 * a 100,000-row import until they are written.
 */
export function idReversed(idNumber: string): string {
  if (idNumber.length > MAX_SPREAD) return [...idNumber].reverse().join('');
  const codes = new Array<number>(idNumber.length);
  let at = 0;
  for (let i = idNumber.length - 1; i >= 0; i--) {
    const low = idNumber.charCodeAt(i);
    const high = i > 0 ? idNumber.charCodeAt(i - 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) {
      codes[at++] = high;
      i--;
    }
    codes[at++] = low;
  }
  return String.fromCharCode(...codes);
}
