// Dues as a clerk reads and types them: fen shown as yuan (10.00), the amount in Chinese capitals a receipt
// carries (壹拾元整), and the current dues year where the office is.
export { fenToYuan, yuanToFen } from '../stock/money';

/** The calendar year where the office is (China time), as the core counts dues years. */
export function currentYear(): number {
  return Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟', '万', '拾', '佰', '仟', '亿', '拾', '佰', '仟'];

/** Whole yuan in capitals: each digit with its place, runs of zeros read as one 零, none before 万/亿 or at the end. */
function yuanDigits(yuan: number): string {
  const digits = String(yuan).split('').map(Number);
  let text = '';
  let zeros = false;
  digits.forEach((digit, n) => {
    const place = digits.length - 1 - n;
    if (digit === 0) {
      zeros = true;
      if (place === 4 || place === 8) text = text.replace(/零$/, '') + PLACES[place];
      return;
    }
    if (zeros && text !== '') text += '零';
    zeros = false;
    text += DIGITS[digit]! + PLACES[place]!;
  });
  return text.replace(/亿万/, '亿');
}

/** 1250 fen -> 壹拾贰元伍角整; 1205 -> 壹拾贰元零伍分; 50 -> 伍角整; 0 -> 零元整. */
export function yuanInWords(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const whole = yuan > 0 ? `${yuanDigits(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${whole || '零元'}整`;
  const jiaoText = jiao > 0 ? `${DIGITS[jiao]}角` : '零';
  return `${whole}${yuan > 0 || jiao > 0 ? jiaoText : ''}${cents > 0 ? `${DIGITS[cents]}分` : '整'}`;
}
