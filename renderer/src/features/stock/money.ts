// Money is kept in fen (integers) and shown in yuan with two decimals; the clerk types yuan.
export function fenToYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** '12.5' -> 1250; '' -> null; anything unreadable or with more than two decimals -> undefined. */
export function yuanToFen(text: string): number | null | undefined {
  const cleaned = text.replace(/[,，\s¥￥元]/g, '');
  if (!cleaned) return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Quantities are whole base units: '12' -> 12; anything else -> undefined. */
export function parseQuantity(text: string): number | undefined {
  const cleaned = text.replace(/[,，\s]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}
