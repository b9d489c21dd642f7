// The router does the cross-cutting work once: a 'write' method runs in one BEGIN IMMEDIATE transaction (a failure
// after its first row leaves nothing behind), the office is read once and read again after the office changes.
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '@api/contract';
import { fail } from '@core/errors';
import { createPerson } from '@core/people/service';
import { handlers } from '../../../electron/handlers';
import { createRouter, memoryCaller } from '../../../electron/router';
import { ADMIN_PASSWORD, officeBackend } from '../support';

const PERSON = { name: '王小明', idNumber: '321302198001010018', gender: 'M' as const };

const rows = (sqlite: ReturnType<typeof officeBackend>['store']['sqlite']) =>
  sqlite
    .prepare(
      `SELECT
  (SELECT count(*) FROM people), (SELECT count(*) FROM change_journal), (SELECT count(*) FROM audit_log)`,
    )
    .raw()
    .get();

async function signedIn(router: ReturnType<typeof createRouter>) {
  const caller = memoryCaller();
  expect(await router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, caller)).toMatchObject({
    ok: true,
  });
  return caller;
}

describe('router: write transaction, office and actor', () => {
  it('declares for every method whether it reads, writes or runs as a job', () => {
    const effects = new Set(Object.values(contract).map((spec) => spec.effect));
    expect([...effects].sort()).toEqual(['job', 'read', 'write']);
    expect(contract['people.create'].effect).toBe('write');
    expect(contract['inbox.apply'].effect).toBe('job');
  });

  it('leaves nothing half-written when a write method fails after its first row', async () => {
    const { store } = officeBackend();
    let midway: unknown = null;
    const failing = {
      ...handlers,
      // A person, its journal row and its audit entry are written; then the method is refused.
      'people.create': (ctx: Parameters<(typeof handlers)['people.create']>[0], input: { person: typeof PERSON }) => {
        createPerson(ctx, input.person, true);
        midway = rows(store.sqlite);
        return fail('PERSON_INVALID', { issues: [] });
      },
    } as typeof handlers;
    const router = createRouter({ store, handlers: failing });
    const caller = await signedIn(router);
    const before = rows(store.sqlite);
    const result = await router.call('people.create', { person: PERSON, acceptWarnings: true }, caller);
    expect(result).toMatchObject({ ok: false, error: { code: 'PERSON_INVALID' } });
    expect(midway).toEqual([1, 1, (before as number[])[2]! + 1]); // the person, its journal row and its audit entry were written
    expect(rows(store.sqlite)).toEqual(before);
    expect(store.sqlite.inTransaction).toBe(false);
    // The same call through the real handler commits all three.
    const real = createRouter({ store, handlers });
    expect(
      await real.call('people.create', { person: PERSON, acceptWarnings: true }, await signedIn(real)),
    ).toMatchObject({ ok: true });
    expect(rows(store.sqlite)).not.toEqual(before);
  });

  it('hands the handler the signed-in actor and the office, read again after a rename', async () => {
    const { store } = officeBackend();
    const seen: { office: string | undefined; actor: string | undefined }[] = [];
    const watching = {
      ...handlers,
      'office.status': (ctx: Parameters<(typeof handlers)['office.status']>[0], input: Record<string, never>) => {
        seen.push({ office: ctx.office?.name, actor: ctx.actor?.username });
        return handlers['office.status'](ctx, input);
      },
    } as typeof handlers;
    const router = createRouter({ store, handlers: watching });
    const caller = await signedIn(router);
    await router.call('office.status', {}, caller);
    expect(await router.call('office.rename', { name: '宿城区红十字会（新）' }, caller)).toMatchObject({ ok: true });
    const status = await router.call('office.status', {}, caller);
    expect(status).toMatchObject({ ok: true, value: { office: { name: '宿城区红十字会（新）' } } });
    expect(seen).toEqual([
      { office: '宿城区红十字会', actor: 'admin' },
      { office: '宿城区红十字会（新）', actor: 'admin' },
    ]);
  });

  it('runs every write handler synchronously inside the transaction (a Promise would be refused)', () => {
    const writes = (Object.keys(contract) as MethodName[]).filter((name) => contract[name].effect === 'write');
    expect(writes.length).toBeGreaterThan(40);
    for (const name of writes) expect(handlers[name].constructor.name, name).not.toBe('AsyncFunction');
  });
});
