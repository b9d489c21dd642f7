// Mobile and landline numbers as clerks type them or spreadsheets hold them, checked and normalised.

export type PhoneResult<C extends string> = { ok: true; value: string | null } | { ok: false; code: C };

const FULL_WIDTH = /[\uFF08\uFF09\uFF0B\uFF0D\uFF10-\uFF19]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212()]+/;

/** Full-width digits, +, - and parentheses to ASCII. */
function halfWidth(raw: string): string {
  return raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

function textOf(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  const text = halfWidth(String(raw));
  return text === '' ? null : text;
}

/** A number already in its stored form (the city checks a million people as stored): nothing to normalise. */
const STORED_MOBILE = /^1[3-9]\d{9}$/;
const STORED_LANDLINE = /^0[1-9]\d{1,2}-[2-9]\d{6,7}$/;

/** Mobile: 1[3-9] and 9 more digits after stripping separators and a +86 / 0086 / 86 prefix. */
export function parseMobile(raw: unknown): PhoneResult<'MOBILE_FORMAT'> {
  if (typeof raw === 'string' && STORED_MOBILE.test(raw)) return { ok: true, value: raw };
  const text = textOf(raw);
  if (text === null) return { ok: true, value: null };
  const digits = text
    .split(SEPARATORS)
    .join('')
    .replace(/^(\+86|0086|86(?=\d{11}$))/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits } : { ok: false, code: 'MOBILE_FORMAT' };
}

const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;

/**
 * Landline: area code 0xx/0xxx and a 7-8 digit local number, separators optional, optional extension;
 * stored as 0527-84123456 or 0527-84123456-123. A mobile typed here is accepted too (联系电话 columns hold both).
 */
export function parseLandline(raw: unknown): PhoneResult<'PHONE_FORMAT'> {
  if (typeof raw === 'string' && STORED_LANDLINE.test(raw)) return { ok: true, value: raw };
  const text = textOf(raw);
  if (text === null) return { ok: true, value: null };
  const mobile = parseMobile(text);
  if (mobile.ok) return mobile;
  let main = text;
  let extension = main.match(EXTENSION)?.[1] ?? null;
  if (extension !== null) main = main.replace(EXTENSION, '');
  const groups = main
    .replace(/^(\+86|0086)\s*-?\s*0?/, '0')
    .split(SEPARATORS)
    .filter((g) => g !== '');
  if (groups.some((g) => !/^\d+$/.test(g))) return { ok: false, code: 'PHONE_FORMAT' };
  let area: string;
  let rest: string[];
  if (groups.length === 1) {
    const all = groups[0]!;
    const areaLength = /^0[12]/.test(all) ? 3 : 4;
    area = all.slice(0, areaLength);
    rest = [all.slice(areaLength)];
  } else {
    area = groups[0]!;
    rest = groups.slice(1);
    // 0527-84123456-123: the last group is an extension when the local number is complete without it.
    if (extension === null && rest.length > 1 && isLocal(rest.slice(0, -1).join('')) && !isLocal(rest.join(''))) {
      extension = rest.pop()!;
      if (extension.length > 6) return { ok: false, code: 'PHONE_FORMAT' };
    }
  }
  const local = rest.join('');
  if (!/^0[1-9]\d{1,2}$/.test(area) || !isLocal(local)) return { ok: false, code: 'PHONE_FORMAT' };
  return { ok: true, value: `${area}-${local}${extension ? `-${extension}` : ''}` };
}

function isLocal(digits: string): boolean {
  return /^[2-9]\d{6,7}$/.test(digits);
}
