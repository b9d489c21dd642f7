// Every reference a received record makes (its document, line, warehouse, item, lot, donor, campaign, person ...)
// must lead to a record of the sending office: stored at the city already, written earlier in this package, or
// waiting on the review list. Records come parents first; one pointing at a table registered after its own (a
// document's campaign) is settled once the whole package is written.
import type Database from 'better-sqlite3';
import { valueRead } from '../../records/reads';
import { refuse } from '../format/errors';
import { exchangeTable, exchangeTables } from '../tables';
import type { ExchangeRecord } from '../types';
import { referenceDetails } from '../validation/refusal';
import { REVIEW_REASONS } from './review';
import { tableWriter } from './writer';

const ON_REVIEW_LIST = valueRead<number, [sender: string, table: string, id: string, exceptReason: string]>(
  `SELECT 1 FROM inbox_review WHERE sender_office_code = ? AND table_name = ? AND record_id = ?
  AND reason <> ? LIMIT 1`,
);

interface Unresolved {
  record: ExchangeRecord;
  line: number;
  column: string;
  target: string;
  id: string;
}

export class ReferenceGuard {
  private readonly unresolved: Unresolved[] = [];
  private readonly order = new Map(exchangeTables().map((t, i) => [t.name, i]));

  constructor(private readonly sqlite: Database.Database) {}

  /** Before the record is written: refuses a reference to another office's record, or to none that could still come. */
  check(record: ExchangeRecord, line: number): void {
    const references = exchangeTable(record.table)?.references;
    if (!references) return;
    for (const [column, target] of Object.entries(references)) {
      const id = record.fields[column];
      if (typeof id !== 'string') continue; // null: no reference; any other kind was refused by the record's check
      const office = this.officeOf(record.officeCode, target, id);
      if (office === undefined && this.order.get(target)! > this.order.get(record.table)!) {
        this.unresolved.push({ record, line, column, target, id });
      } else if (office !== record.officeCode) {
        refuse('PKG_REFERENCE_FOREIGN', {
          ...referenceDetails(record, column, office === undefined ? 'missing' : 'foreign', line),
        });
      }
    }
  }

  /** After every record is written: what was pointed at before it arrived must now be there, and the office's. */
  finish(): void {
    for (const { record, line, column, target, id } of this.unresolved.splice(0)) {
      const office = this.officeOf(record.officeCode, target, id);
      if (office !== record.officeCode) {
        refuse('PKG_REFERENCE_FOREIGN', {
          ...referenceDetails(record, column, office === undefined ? 'missing' : 'foreign', line),
        });
      }
    }
  }

  /** The office of the record pointed at; a record of the sender's on the review list (an ID number another county holds) counts as the sender's. */
  private officeOf(sender: string, table: string, id: string): string | undefined {
    const stored = tableWriter(this.sqlite, table).find(id)?.officeCode;
    if (stored !== undefined) return stored;
    const held = ON_REVIEW_LIST.on(this.sqlite).get(sender, table, id, REVIEW_REASONS.otherOffice);
    return held !== undefined ? sender : undefined;
  }
}
