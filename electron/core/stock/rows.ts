// SQL fragments that read the record columns of a stock table into the camelCase fields of StockRecordMeta.

/** The record columns of table alias `a`, aliased to StockRecordMeta's names (voided as 0/1). */
export const META_SQL = (a: string) => `${a}.id, ${a}.office_code AS officeCode, ${a}.row_version AS rowVersion,
  ${a}.created_at AS createdAt, ${a}.updated_at AS updatedAt, ${a}.created_by AS createdBy, ${a}.updated_by AS updatedBy,
  ${a}.voided, ${a}.voided_at AS voidedAt, ${a}.voided_by AS voidedBy, ${a}.void_reason AS voidReason`;

/** SQLite gives booleans as 0/1; the API speaks true/false. */
export function withBooleans<T>(row: Record<string, unknown>, keys: readonly string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const key of keys) if (out[key] !== null && out[key] !== undefined) out[key] = out[key] === 1;
  return out as T;
}
