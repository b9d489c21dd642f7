// Which certified kind a register's 证书类别 names: the office's kind names and their aliases
// (training_kind_aliases, compared after normaliseKindAlias). A 复训 kind names the kind it renews; 普及 issues none.
import { normaliseKindAlias } from '@rules/training/kinds';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { remembered } from './remembered';

export interface LegacyKind {
  id: string;
  name: string;
  validityMonths: number;
  /** Named as a 复训: the certificate renews the holder's earlier one of this kind. */
  renewal: boolean;
}

interface KindRow {
  id: string;
  name: string;
  category: 'popular' | 'certified' | 'renewal';
  renewsKindId: string | null;
  certificateTitle: string | null;
  validityMonths: number;
}

const KINDS = rowRead<KindRow, [officeCode: string]>(
  `SELECT id, name, category, renews_kind_id AS renewsKindId, certificate_title AS certificateTitle,
    validity_months AS validityMonths FROM training_kinds WHERE office_code = ? AND voided = 0`,
);
const ALIASES = rowRead<{ alias: string; kindId: string }, [officeCode: string]>(
  'SELECT alias, kind_id AS kindId FROM training_kind_aliases WHERE office_code = ? AND voided = 0',
);

type KindRead = LegacyKind | 'NOT_CERTIFIED' | undefined;

/** Distinct kind texts remembered at most; a file with more starts again. */
const TEXTS_REMEMBERED = 1000;

export function kindReader(ctx: CoreContext, officeCode: string): (text: string) => KindRead {
  const kinds = KINDS.on(ctx.store.sqlite).all(officeCode);
  const byId = new Map(kinds.map((k) => [k.id, k]));
  const named = new Map<string, KindRow>();
  const aliases = ALIASES.on(ctx.store.sqlite).all(officeCode);
  for (const { alias, kindId } of aliases) {
    const kind = byId.get(kindId);
    if (kind) named.set(normaliseKindAlias(alias), kind);
  }
  for (const kind of kinds) {
    named.set(normaliseKindAlias(kind.name), kind);
    if (kind.certificateTitle) named.set(normaliseKindAlias(kind.certificateTitle), kind);
  }
  const read = (text: string): KindRead => {
    let kind = named.get(normaliseKindAlias(text));
    const renewal = kind?.category === 'renewal';
    if (renewal) kind = kind!.renewsKindId ? byId.get(kind!.renewsKindId) : undefined;
    if (!kind) return undefined;
    if (kind.category !== 'certified') return 'NOT_CERTIFIED';
    return { id: kind.id, name: kind.certificateTitle ?? kind.name, validityMonths: kind.validityMonths, renewal };
  };
  // One object per kind for all the rows naming it.
  return remembered(read, TEXTS_REMEMBERED);
}
