// The people methods through the router: who may call them, masked answers, errors as values.
import { describe, expect, it } from 'vitest';
import { officeBackend, callerFor } from '../support';

async function signedIn(roles: ('clerk' | 'viewer' | 'warehouse')[]) {
  const office = officeBackend();
  const call = async (sessionKey: string, method: string, input: unknown) =>
    office.backend.router.call(method, input, callerFor(office.backend.router, sessionKey));
  for (const role of roles) {
    office.addUser(role, [role], `${role}-pass-1`);
    await call(role, 'auth.login', { username: role, password: `${role}-pass-1` });
  }
  return { ...office, call };
}

const zhang = { name: '张三', idNumber: '321302199001011234', township: '蔡集镇' };

describe('people handlers', () => {
  it('lets a clerk create, list, update, reveal and void; answers carry masked IDs', async () => {
    const { call } = await signedIn(['clerk']);
    const created = await call('clerk', 'people.create', { person: zhang });
    expect(created).toMatchObject({
      ok: true,
      value: { person: { name: '张三', idNumber: '321302********1234', idMasked: true } },
    });
    const id = (created as { value: { person: { id: string } } }).value.person.id;
    expect(await call('clerk', 'people.list', { offset: 0, limit: 100, search: 'zs' })).toMatchObject({
      ok: true,
      value: { total: 1, rows: [{ id }] },
    });
    expect(await call('clerk', 'people.update', { id, rowVersion: 1, patch: { village: '张圩村' } })).toMatchObject({
      ok: true,
      value: { person: { village: '张圩村', rowVersion: 2 } },
    });
    expect(await call('clerk', 'people.revealId', { id })).toEqual({
      ok: true,
      value: { idNumber: '321302199001011234' },
    });
    expect(await call('clerk', 'people.facets', {})).toEqual({
      ok: true,
      value: { townships: ['蔡集镇'], villages: ['张圩村'] },
    });
    expect(await call('clerk', 'people.void', { id, reason: '重复录入' })).toMatchObject({
      ok: true,
      value: { voided: true },
    });
    expect(await call('clerk', 'people.get', { id })).toMatchObject({
      ok: true,
      value: { voided: true, idMasked: true },
    });
  });

  it('lets a viewer read but not write or reveal', async () => {
    const { call } = await signedIn(['clerk', 'viewer']);
    const created = await call('clerk', 'people.create', { person: zhang });
    const id = (created as { value: { person: { id: string } } }).value.person.id;
    expect(await call('viewer', 'people.get', { id })).toMatchObject({ ok: true });
    for (const [method, input] of [
      ['people.create', { person: zhang }],
      ['people.revealId', { id }],
      ['people.void', { id, reason: 'x' }],
    ] as const) {
      expect(await call('viewer', method, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('returns validation and duplicate errors as values with their details', async () => {
    const { call } = await signedIn(['clerk']);
    await call('clerk', 'people.create', { person: zhang });
    expect(await call('clerk', 'people.create', { person: { ...zhang, name: '张叁' } })).toMatchObject({
      ok: false,
      error: { code: 'ID_DUPLICATE', messageKey: 'errors.ID_DUPLICATE', details: { existingName: '张三' } },
    });
    expect(
      await call('clerk', 'people.create', { person: { name: '李四', idNumber: '321302199002301234' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PERSON_INVALID', details: { issues: [{ field: 'idNumber', code: 'ID_BIRTHDATE' }] } },
    });
  });
});
