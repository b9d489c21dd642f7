// Certificate numbers: an office's pattern ({office}-{year}-{seq:6}{check} by default), the number it gives for a
// sequence, and what a typed number is - one of the pattern's (its check character right) or a legacy number
// kept in its own form, unchecked. No national form exists (domain.md §3): each office numbers its own.
import { checkCharacter } from './checkCharacter';

/** 321302-2025-000017D: office code, year, a six-digit sequence, the MOD 37-2 check character. */
export const DEFAULT_CERTIFICATE_PATTERN = '{office}-{year}-{seq:6}{check}';
/** The longest number stored, a legacy register's included. */
export const CERTIFICATE_NUMBER_MAX = 40;
const DEFAULT_SEQUENCE_WIDTH = 6;

type Token =
  | { kind: 'office' }
  | { kind: 'year' }
  | { kind: 'seq'; width: number }
  | { kind: 'check' }
  | { kind: 'text'; text: string };

export interface NumberPattern {
  source: string;
  tokens: readonly Token[];
  /** Matches a number of this pattern as typed (any case, signs optional); groups: office, year, seq, check. */
  shape: RegExp;
  /** The length of every number the pattern gives. */
  length: number;
}

export const PATTERN_PROBLEMS = [
  'CERTIFICATE_PATTERN_TOKEN',
  'CERTIFICATE_PATTERN_NO_SEQUENCE',
  'CERTIFICATE_PATTERN_CHECK_NOT_LAST',
  'CERTIFICATE_PATTERN_TOO_LONG',
] as const;
export type PatternProblem = (typeof PATTERN_PROBLEMS)[number];

const TOKEN = /\{([^{}]*)\}/g;
const TOKEN_LENGTH = { office: 6, year: 4, check: 1 } as const;

function tokenOf(name: string): Token | null {
  if (name === 'office' || name === 'year' || name === 'check') return { kind: name };
  if (name === 'seq') return { kind: 'seq', width: DEFAULT_SEQUENCE_WIDTH };
  const seq = /^seq:([1-9])$/.exec(name);
  return seq ? { kind: 'seq', width: Number(seq[1]) } : null;
}

function tokensOf(source: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > at) tokens.push({ kind: 'text', text: source.slice(at, match.index) });
    const token = tokenOf(match[1]!);
    if (!token) return null;
    tokens.push(token);
    at = match.index + match[0].length;
  }
  if (at < source.length) tokens.push({ kind: 'text', text: source.slice(at) });
  return tokens.some((t) => t.kind === 'text' && /[{}]/.test(t.text)) ? null : tokens;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function shapePart(token: Token): string {
  switch (token.kind) {
    case 'office':
      return '(?<office>\\d{6})';
    case 'year':
      return '(?<year>\\d{4})';
    case 'seq':
      return `(?<seq>\\d{${token.width}})`;
    case 'check':
      return '(?<check>[0-9A-Z*])';
    case 'text':
      // Dashes and other signs may be left out when typing: 3213022025000017K reads as 321302-2025-000017K.
      return /^[^0-9A-Za-z]+$/.test(token.text) ? `(?:${escaped(token.text)})?` : escaped(token.text);
  }
}

const tokenLength = (token: Token) =>
  token.kind === 'text' ? token.text.length : token.kind === 'seq' ? token.width : TOKEN_LENGTH[token.kind];

/** An office's pattern as typed in settings, or why it cannot number certificates. */
export function parseNumberPattern(
  source: string,
): { ok: true; pattern: NumberPattern } | { ok: false; code: PatternProblem } {
  const tokens = tokensOf(source.trim());
  if (!tokens) return { ok: false, code: 'CERTIFICATE_PATTERN_TOKEN' };
  if (tokens.filter((t) => t.kind === 'seq').length !== 1)
    return { ok: false, code: 'CERTIFICATE_PATTERN_NO_SEQUENCE' };
  const checks = tokens.filter((t) => t.kind === 'check').length;
  if (checks > 1 || (checks === 1 && tokens.at(-1)?.kind !== 'check'))
    return { ok: false, code: 'CERTIFICATE_PATTERN_CHECK_NOT_LAST' };
  const length = tokens.reduce((sum, t) => sum + tokenLength(t), 0);
  if (length > CERTIFICATE_NUMBER_MAX) return { ok: false, code: 'CERTIFICATE_PATTERN_TOO_LONG' };
  const shape = new RegExp(`^${tokens.map(shapePart).join('')}$`, 'i');
  return { ok: true, pattern: { source: source.trim(), tokens, shape, length } };
}

/** The highest sequence the pattern can number (999999 for {seq:6}); the next certificate needs a new pattern. */
export function lastSequence(pattern: NumberPattern): number {
  const seq = pattern.tokens.find((t) => t.kind === 'seq');
  return 10 ** (seq?.kind === 'seq' ? seq.width : DEFAULT_SEQUENCE_WIDTH) - 1;
}

export interface NumberParts {
  office: string;
  year: number;
  seq: number;
}

/** The number the pattern gives these parts; a sequence beyond lastSequence is the caller's error to refuse. */
export function formatCertificateNumber(pattern: NumberPattern, parts: NumberParts): string {
  if (!Number.isInteger(parts.seq) || parts.seq < 1 || parts.seq > lastSequence(pattern))
    throw new RangeError(`sequence ${parts.seq} does not fit ${pattern.source}`);
  let number = '';
  for (const token of pattern.tokens) {
    if (token.kind === 'office') number += parts.office;
    else if (token.kind === 'year') number += String(parts.year).padStart(4, '0');
    else if (token.kind === 'seq') number += String(parts.seq).padStart(token.width, '0');
    else if (token.kind === 'check') number += checkCharacter(number);
    else number += token.text;
  }
  return number;
}

export const NUMBER_PROBLEMS = [
  'CERTIFICATE_NUMBER_REQUIRED',
  'CERTIFICATE_NUMBER_TOO_LONG',
  'CERTIFICATE_NUMBER_CHECK',
] as const;

export type TypedNumber =
  | { ok: true; number: string; form: 'pattern'; parts: NumberParts }
  | { ok: true; number: string; form: 'legacy' }
  | { ok: false; code: (typeof NUMBER_PROBLEMS)[number] };

/** What a clerk typed or a scanner sent: full-width signs folded, spaces dropped. */
export function normaliseNumberText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A typed number: of the office's pattern (written the pattern's way, its check character verified) or, not
 * having the pattern's shape, a legacy number kept as typed. A number of the pattern's shape with a wrong
 * check character is a typing error, never a legacy number.
 */
export function readCertificateNumber(text: string, pattern: NumberPattern): TypedNumber {
  const typed = normaliseNumberText(text);
  if (typed === '') return { ok: false, code: 'CERTIFICATE_NUMBER_REQUIRED' };
  if (typed.length > CERTIFICATE_NUMBER_MAX) return { ok: false, code: 'CERTIFICATE_NUMBER_TOO_LONG' };
  const groups = pattern.shape.exec(typed)?.groups;
  if (!groups) return { ok: true, number: typed, form: 'legacy' };
  const parts: NumberParts = { office: groups.office ?? '', year: Number(groups.year ?? 0), seq: Number(groups.seq) };
  if (parts.seq < 1) return { ok: true, number: typed, form: 'legacy' };
  const number = formatCertificateNumber(pattern, parts);
  if (groups.check !== undefined && groups.check.toUpperCase() !== number.at(-1))
    return { ok: false, code: 'CERTIFICATE_NUMBER_CHECK' };
  return { ok: true, number, form: 'pattern', parts };
}
