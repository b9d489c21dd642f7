// City-side package tests: real offices with sealed keys that trust each other, packages written by the
// county's real export, and a digest of every table to prove that a refused or previewed package changed
// nothing.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Actor, CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { SCHEMA_VERSION, writePackage } from '@core/exchange/format';
import { importPackage } from '@core/exchange/inbox';
import { buildCard, cardText, loadKeyRing, trustLookup, trustOffice } from '@core/exchange/keys';
import { currentAuditHead } from '@core/exchange/outbox/auditHead';
import type { AuditHead, ExchangeRecord } from '@core/exchange/types';
import type { PersonInput } from '@core/people/contract';
import { createPerson, updatePerson, voidPerson } from '@core/people/service';
import type { Role } from '@rules/roles';
import { generatePeople } from '../../fixtures/people';
import { freshBackend, officeBackend, tempDir, callerFor } from '../support';

export const CITY = '321300';
export const COUNTY = '321302';
export const OTHER_COUNTY = '321311';

export interface Office {
  code: string;
  store: ReturnType<typeof officeBackend>['store'];
  ctx(roles?: Role[], method?: string): CoreContext;
  /** The office's router, as the renderer calls it, signed in as a new user with these roles. */
  caller?(roles: Role[]): Promise<(method: string, input: unknown) => Promise<unknown>>;
}

export function office(role: 'county' | 'city', code: string, name = `${code}红十字会`): Office {
  const o = officeBackend(role, code, { keys: true, name });
  let users = 0;
  const caller = async (roles: Role[]) => {
    const username = `caller${++users}`;
    o.addUser(username, roles, 'password-123');
    const call = (method: string, input: unknown) =>
      o.backend.router.call(method, input, callerFor(o.backend.router, username));
    await call('auth.login', { username, password: 'password-123' });
    return call;
  };
  return { code, store: o.store, ctx: (roles = ['clerk'], method = 'test') => o.as(roles, method), caller };
}

export function trust(truster: Office, trusted: Office): void {
  const card = buildCard(trusted.ctx(['admin']));
  trustOffice(truster.ctx(['admin'], 'keys.trust'), cardText(card), card.fingerprint);
}

/** A city and counties that trust each other both ways. */
export function cityWith(...countyCodes: string[]) {
  const city = office('city', CITY, '宿迁市红十字会');
  const counties = countyCodes.map((code) => office('county', code));
  for (const county of counties) {
    trust(city, county);
    trust(county, city);
  }
  return { city, counties };
}

export function addPeople(o: Office, people: PersonInput[]): string[] {
  const ctx = o.ctx(['clerk'], 'people.create');
  return people.map((p) => createPerson(ctx, p, true).person.id);
}

export function addGenerated(o: Office, count: number, seed = 7): string[] {
  return addPeople(o, generatePeople(count, seed));
}

export function edit(o: Office, id: string, patch: Partial<PersonInput>): void {
  const version = o.store.sqlite.prepare('SELECT row_version FROM people WHERE id = ?').pluck().get(id) as number;
  updatePerson(o.ctx(['clerk'], 'people.update'), id, version, patch, true);
}

export function voidOne(o: Office, id: string): void {
  voidPerson(o.ctx(['clerk'], 'people.void'), id, '重复登记');
}

export async function exportTo(
  county: Office,
  to: string,
  options: { snapshot?: boolean; partMb?: number } = {},
): Promise<string[]> {
  const { written } = await exportPackage(county.ctx(['clerk'], 'outbox.export'), {
    to,
    dir: tempDir('boai-usb-'),
    ...options,
  });
  return written;
}

/**
 * The county's database as restored from a backup taken now: a copy opened as its own office (same code,
 * keys and trust list). `newIncarnation` marks it restored the way the restore path does.
 */
export function backupOf(county: Office, newIncarnation: boolean): () => Office {
  const dir = tempDir('boai-backup-');
  const file = path.join(dir, 'boai.sqlite');
  county.store.sqlite.prepare('VACUUM INTO ?').run(file);
  return () => {
    const backend = freshBackend(dir, { secrets: county.ctx().secrets });
    if (newIncarnation) backend.store.sqlite.prepare('UPDATE office SET incarnation_id = ?').run(randomUUID());
    const as = (roles: Role[] = ['clerk'], method = 'test'): CoreContext => {
      const actor: Actor = { userId: 'restored', username: 'restored', displayName: 'restored', roles };
      return { store: backend.store, actor, method, now: () => new Date(), secrets: county.ctx().secrets };
    };
    return { code: county.code, store: backend.store, ctx: as };
  };
}

/** SHA-256 over every row of every table (in rowid order), except the tables named. */
export function databaseDigest(sqlite: Database.Database, except: string[] = []): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables.filter((t) => !except.includes(t))) {
    hash.update(`\n#${table}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw(true).iterate())
      hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** What a refused package may change: only the inbox's log of what was received. */
export const RECEIVED_LOG = ['inbox_packages'];

export function peopleOf(
  o: Office,
  officeCode?: string,
): { id: string; name: string; row_version: number; voided: number }[] {
  return o.store.sqlite
    .prepare(
      `SELECT id, name, row_version, voided FROM people ${officeCode ? 'WHERE office_code = ?' : ''} ORDER BY id`,
    )
    .all(...(officeCode ? [officeCode] : [])) as never;
}

export function fileSize(file: string): number {
  return fs.statSync(file).size;
}

/**
 * A package signed by `from` for `to` with the given records and stream position, written by the real format
 * layer: for cases the county's export never produces (a record of another office, a lower row_version).
 * Its audit heads extend the head the city keeps unless `audit` / `priorAudit` are given.
 */
export async function craftPackage(
  from: Office,
  to: Office,
  o: {
    seq: number;
    prevHash?: string | null;
    kind?: 'delta' | 'snapshot';
    records: ExchangeRecord[];
    incarnationId?: string;
    audit?: AuditHead;
    priorAudit?: AuditHead | null;
  },
): Promise<string[]> {
  const keys = loadKeyRing(from.ctx());
  const recipient = trustLookup(from.store).office(to.code)!;
  const incarnationId =
    o.incarnationId ?? (from.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string);
  const kept = to.store.sqlite
    .prepare(`SELECT audit_seq AS seq, audit_hash AS hash FROM inbox_streams WHERE sender_office_code = ?`)
    .get(from.code) as { seq: number | null; hash: string } | undefined;
  const audit = 'audit' in o ? o.audit : currentAuditHead(from.store.sqlite);
  const priorAudit = 'priorAudit' in o ? o.priorAudit : kept?.seq != null ? { seq: kept.seq, hash: kept.hash } : null;
  const written = await writePackage({
    dir: tempDir('boai-crafted-'),
    baseName: `crafted-${o.seq}`,
    keys,
    recipient,
    lines: o.records,
    header: {
      packageId: randomUUID(),
      kind: o.kind ?? 'delta',
      seq: o.seq,
      prevHash: o.prevHash ?? null,
      schemaVersion: SCHEMA_VERSION,
      minReaderVersion: SCHEMA_VERSION,
      sender: { officeCode: from.code, keyId: keys.signing.keyId, incarnationId },
      recipient: { officeCode: to.code, keyId: recipient.encryptionKeyId },
      createdAt: new Date().toISOString(),
      audit,
      priorAudit,
    },
  });
  return written.files;
}

/** A county's people as they travel (ExchangeRecord), read from its database. */
export function recordsOf(o: Office, where = '1 = 1', params: unknown[] = []): ExchangeRecord[] {
  return tableRecordsOf(o, 'people', where, params);
}

/** A county's records of any table as they travel (search keys included: the city computes them again anyway). */
export function tableRecordsOf(o: Office, table: string, where = '1 = 1', params: unknown[] = []): ExchangeRecord[] {
  const rows = o.store.sqlite
    .prepare(`SELECT * FROM "${table}" WHERE ${where} ORDER BY rowid`)
    .all(...params) as Record<string, unknown>[];
  return rows.map(({ id, office_code, row_version, voided, voided_at, voided_by, void_reason, ...fields }) => ({
    table,
    id: id as string,
    officeCode: office_code as string,
    rowVersion: row_version as number,
    voided: voided === 1,
    voidedAt: voided_at as string | null,
    voidedBy: voided_by as string | null,
    voidReason: void_reason as string | null,
    fields,
  }));
}

/**
 * Records crafted into the next package of COUNTY's stream and imported at the city (what a tampered county PC could
 * send): the outcome, and the city's tables' digest (RECEIVED_LOG left out) before and after.
 */
export async function importCraftedNext(county: Office, city: Office, records: ExchangeRecord[]) {
  const prevHash = city.store.sqlite
    .prepare('SELECT last_hash FROM inbox_streams WHERE sender_office_code = ?')
    .pluck()
    .get(COUNTY) as string;
  const digestBefore = databaseDigest(city.store.sqlite, RECEIVED_LOG);
  const outcome = await importPackage(city.ctx(), await craftPackage(county, city, { seq: 2, prevHash, records }));
  return { outcome, digestBefore, digestAfter: databaseDigest(city.store.sqlite, RECEIVED_LOG) };
}
