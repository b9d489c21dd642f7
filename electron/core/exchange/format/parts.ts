// A split package: every part signed and self-describing, accepted in any order, all of one package.
import { canonicalJson } from './canonical';
import { PACKAGE_EXTENSION } from './constants';
import { refuse } from './errors';
import { commonHeader } from './header';
import type { InspectedPart } from './inspect';

export function partFileName(baseName: string, index: number, count: number): string {
  if (count === 1) return baseName + PACKAGE_EXTENSION;
  const width = Math.max(2, String(count).length);
  const pad = (n: number) => String(n).padStart(width, '0');
  return `${baseName}.part${pad(index)}of${pad(count)}${PACKAGE_EXTENSION}`;
}

/** The parts in index order, or PKG_PARTS_DUPLICATE / PKG_PARTS_MISSING. */
export function orderParts(parts: InspectedPart[]): InspectedPart[] {
  const first = parts[0]!;
  const common = canonicalJson(commonHeader(first.header));
  const count = first.header.part.count;
  for (const p of parts) {
    if (p.header.part.count !== count || canonicalJson(commonHeader(p.header)) !== common) {
      refuse('PKG_PARTS_DUPLICATE', { reason: 'different packages', files: [first.envelope.file, p.envelope.file] });
    }
  }
  const byIndex = new Map<number, InspectedPart>();
  for (const p of parts) {
    const seen = byIndex.get(p.header.part.index);
    if (seen)
      refuse('PKG_PARTS_DUPLICATE', { index: p.header.part.index, files: [seen.envelope.file, p.envelope.file] });
    byIndex.set(p.header.part.index, p);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) refuse('PKG_PARTS_MISSING', { missing, count });
  const ordered = missing.length ? [] : Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
  let next = 0;
  for (const p of ordered) {
    if (p.header.part.firstChunk !== next)
      refuse('PKG_HEADER_INVALID', { reason: 'part chunks', index: p.header.part.index });
    next += p.header.part.chunks;
  }
  if (next !== first.header.payload.chunks) refuse('PKG_HEADER_INVALID', { reason: 'part chunks' });
  return ordered;
}
