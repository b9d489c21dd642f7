// The check character of certificate numbers: ISO/IEC 7064 MOD 37-2, the pure system over 0-9 A-Z whose check
// character is one of 0-9 A-Z or `*` (ISBT 128 uses it for blood donation numbers). Chosen over the hybrid
// MOD 37,36 because a pure system with the prime modulus 37 catches every single substitution and every
// transposition of two neighbours, as arithmetic; MOD 37,36 lets about one in 170 neighbour swaps such as
// 01 -> 10 through. The price: one number in 37 ends in `*`, which prints and types like any other sign.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CHECK_ALPHABET = `${ALPHABET}*`;
const MODULUS = 37;

/** The characters the check covers, in order: digits and Latin letters, upper case. Separators are left out. */
export function checkedCharacters(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** The MOD 37-2 check character of the digits and letters of `text` (separators and other signs skipped). */
export function checkCharacter(text: string): string {
  let sum = 0;
  for (const char of checkedCharacters(text)) sum = ((sum + ALPHABET.indexOf(char)) * 2) % MODULUS;
  return CHECK_ALPHABET[(MODULUS + 1 - sum) % MODULUS]!;
}

/** True when the last character is the right check character for the digits and letters before it. */
export function hasValidCheckCharacter(text: string): boolean {
  const upper = text.toUpperCase();
  return upper.length > 1 && checkCharacter(upper.slice(0, -1)) === upper.slice(-1);
}
