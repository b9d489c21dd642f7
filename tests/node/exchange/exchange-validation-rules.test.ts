// The per-table checks the city and the county run, derived from the drizzle tables and rules/limits.ts: every text
// column has a limit (a table with an unlisted one cannot register), integers keep their minimums, the record's
// own void fields are held to their limits too, and the contract refuses at entry what the city would refuse.
import { randomUUID } from 'node:crypto';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { exchangeTable, exchangeTables } from '@core/exchange/tables';
import type { ExchangeRecord } from '@core/exchange/types';
import { tableRules } from '@core/exchange/validation/columns';
import { stockMethods } from '@core/stock/methods';
import { recordColumns } from '@db/schema/record';
import { FIELD_LIMITS, REASON_MAX } from '@rules/limits';

const lot = (fields: Record<string, unknown> = {}, meta: Partial<ExchangeRecord> = {}): ExchangeRecord => ({
  table: 'stock_lots',
  id: randomUUID(),
  officeCode: '321302',
  rowVersion: 1,
  voided: false,
  voidedAt: null,
  voidedBy: null,
  voidReason: null,
  fields: {
    created_at: '2026-03-01T08:00:00.000Z',
    updated_at: '2026-03-01T08:00:00.000Z',
    created_by: 'keeper',
    updated_by: 'keeper',
    item_id: randomUUID(),
    lot_number: 'B-1',
    expiry_date: null,
    unit_value: 500,
    donor_id: null,
    source: 'donation',
    received_date: '2026-03-01',
    document_id: randomUUID(),
    ...fields,
  },
  ...meta,
});

describe('the checks of travelling records', () => {
  it('cover every registered table, and refuse to build for a text column without a maximum length', () => {
    expect(exchangeTables().every((t) => typeof t.validate === 'function')).toBe(true);
    const unlisted = sqliteTable('stock_lots', { ...recordColumns(), motto: text('motto') });
    expect(() => tableRules(unlisted)).toThrow(/stock_lots\.motto/);
  });

  it('accept a record as entry writes it, and refuse what entry would not', () => {
    const validate = exchangeTable('stock_lots')!.validate;
    expect(validate(lot())).toBeNull();
    expect(validate(lot({ unit_value: -1 }))).toMatchObject({
      code: 'PKG_VALUE_INVALID',
      column: 'unit_value',
      rule: 'number',
    });
    expect(validate(lot({ unit_value: 1.5 }))).toMatchObject({
      code: 'PKG_VALUE_INVALID',
      column: 'unit_value',
      rule: 'number',
    });
    expect(validate(lot({ source: 'gift' }))).toMatchObject({
      code: 'PKG_VALUE_INVALID',
      column: 'source',
      rule: 'enum',
    });
    expect(validate(lot({ received_date: '2026-02-30' }))).toMatchObject({ column: 'received_date', rule: 'date' });
    expect(validate(lot({ item_id: null }))).toMatchObject({ column: 'item_id', rule: 'required' });
    expect(validate(lot({ item_id: "x' OR 1=1" }))).toMatchObject({ column: 'item_id', rule: 'id' });
    expect(validate(lot({ lot_number: 7 }))).toMatchObject({ column: 'lot_number', rule: 'type' });
    expect(validate(lot({ lot_number: 'x'.repeat(FIELD_LIMITS.stock_lots.lotNumber + 1) }))).toMatchObject({
      code: 'PKG_FIELD_TOO_LONG',
      column: 'lot_number',
      max: FIELD_LIMITS.stock_lots.lotNumber,
    });
    expect(
      validate(
        lot(
          {},
          {
            voided: true,
            voidedAt: '2026-03-02T08:00:00.000Z',
            voidedBy: 'keeper',
            voidReason: '录错'.repeat(REASON_MAX),
          },
        ),
      ),
    ).toMatchObject({ code: 'PKG_FIELD_TOO_LONG', column: 'void_reason', max: REASON_MAX });
  });

  it('share their limits with the contract: entry refuses the same length the city refuses', () => {
    const item = { code: 'ZP01', name: '单帐篷', categoryId: randomUUID(), unit: '顶', unitValue: 0 };
    const input = stockMethods['stock.items.create'].input;
    expect(input.safeParse({ ...item, unit: 'x'.repeat(FIELD_LIMITS.stock_items.unit) }).success).toBe(true);
    expect(input.safeParse({ ...item, unit: 'x'.repeat(FIELD_LIMITS.stock_items.unit + 1) }).success).toBe(false);
  });
});
