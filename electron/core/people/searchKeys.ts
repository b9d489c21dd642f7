// Search keys stored with each person at write time, so the grid's search box runs on indexes:
// pinyin of the name (full and initials) and the ID number reversed (its tail becomes a prefix).
import { pinyin } from 'pinyin-pro';

export interface NameSearchKeys { pinyinFull: string; pinyinInitials: string }

const OPTIONS = { toneType: 'none', mode: 'surname', type: 'array', nonZh: 'consecutive', v: true } as const;

/** 张三 -> {pinyinFull: 'zhangsan', pinyinInitials: 'zs'}; 单/曾/解 read as surnames; non-Han kept as letters/digits. */
export function nameSearchKeys(name: string): NameSearchKeys {
  let full = '';
  let initials = '';
  let at = 0;
  // pinyin-pro gives one syllable per Han character and a run of other text unchanged, in order.
  for (const item of pinyin(name, OPTIONS)) {
    const verbatim = name.startsWith(item, at);
    at += verbatim ? item.length : nextCharLength(name, at);
    const key = item.toLowerCase().replace(/[^a-z0-9]/g, '');
    full += key;
    initials += verbatim ? key : key.slice(0, 1);
  }
  return { pinyinFull: full, pinyinInitials: initials };
}

function nextCharLength(text: string, at: number): number {
  const code = text.codePointAt(at);
  return code !== undefined && code > 0xFFFF ? 2 : 1;
}

export function idReversed(idNumber: string): string {
  return [...idNumber].reverse().join('');
}
