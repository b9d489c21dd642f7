// Keeps full ID numbers out of the audit log (and so out of every backup): an ID number in an entry's
// before/after - as a field or inside text such as an export's search - is written as its mask plus a
// keyed hash (HMAC-SHA256 under an office-local random key), so "which entries concern this ID number"
// stays answerable by whoever holds the database, and the reversed ID number (a search key) is left out.
import { createHmac, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { maskIdNumber } from '@rules/idNumber';
import { valueRead } from '../records/reads';
import { cachedStatement } from '../records/statements';

const KEY_PURPOSE = 'audit-id-number';
/** The reversed ID number is the ID number; nothing in an audit entry needs it. */
const LEFT_OUT = new Set(['idReversed', 'id_reversed']);
/** 15 to 18 ID characters standing alone (not inside a hash or an id of hex digits). */
const ID_IN_TEXT = /(?<![0-9A-Za-z])[0-9Xx]?\d{13,16}[0-9Xx](?![0-9A-Za-z])/g;

const keys = new WeakMap<Database.Database, Buffer>();
const STORED_KEY = valueRead<string, [purpose: string]>('SELECT key FROM local_keys WHERE purpose = ?');

function auditKey(sqlite: Database.Database, at: string): Buffer {
  let key = keys.get(sqlite);
  if (key) return key;
  const stored = STORED_KEY.on(sqlite).get(KEY_PURPOSE);
  const hex = stored ?? randomBytes(32).toString('hex');
  if (!stored)
    cachedStatement(sqlite, 'INSERT INTO local_keys (purpose, key, created_at) VALUES (?, ?, ?)').run(
      KEY_PURPOSE,
      hex,
      at,
    );
  // Cached only once it is committed with the entry that created it (the caller's transaction may roll back).
  if (stored) keys.set(sqlite, (key = Buffer.from(hex, 'hex')));
  return key ?? Buffer.from(hex, 'hex');
}

/** The form an ID number takes in the audit log: `321302********123X#k:<32 hex>`. */
export function auditedIdNumber(sqlite: Database.Database, idNumber: string, at: string): string {
  const normal = idNumber.toUpperCase();
  return `${maskIdNumber(normal)}#k:${createHmac('sha256', auditKey(sqlite, at)).update(normal).digest('hex').slice(0, 32)}`;
}

function redactValue(sqlite: Database.Database, value: unknown, at: string): unknown {
  if (typeof value === 'string') return value.replace(ID_IN_TEXT, (id) => auditedIdNumber(sqlite, id, at));
  if (Array.isArray(value)) return value.map((v) => redactValue(sqlite, v, at));
  if (value !== null && typeof value === 'object') return redactFields(sqlite, value as Record<string, unknown>, at);
  return value;
}

/** The fields with every ID number replaced and the reversed ID number left out. */
export function redactFields(
  sqlite: Database.Database,
  fields: Record<string, unknown>,
  at: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (!LEFT_OUT.has(key)) out[key] = redactValue(sqlite, value, at);
  return out;
}
