// Key cards and the trust list: round trip, fingerprint confirmation, pairing rules, key replacement.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@core/audit/chain';
import type { CoreContext } from '@core/context';
import {
  listTrusted,
  ownKeySummary,
  parseCard,
  previewCard,
  rotateOfficeKeys,
  trustLookup,
  trustOffice,
} from '@core/exchange/keys';
import type { KeyCardFile } from '@core/exchange/keys/contract';
import { trustedKeyHistory } from '@db/schema';
import { ADMIN_PASSWORD, officeBackend, callerFor } from '../support';
import { cardOf, CITY, COUNTY, countyAndCity, expectCode } from './exchange-keys-support';

const fingerprintOf = (ctx: CoreContext) => ownKeySummary(ctx.store)!.fingerprint;

describe('key card', () => {
  it('round-trips: the file names the office and its keys, and the fingerprint matches what the office shows', () => {
    const { countyAdmin } = countyAndCity();
    const text = cardOf(countyAdmin);
    const card = parseCard(text);
    const summary = ownKeySummary(countyAdmin.store)!;
    expect(card).toMatchObject({
      officeCode: COUNTY.code,
      name: COUNTY.name,
      role: 'county',
      signingKey: { keyId: summary.keyId },
    });
    expect(card.fingerprint).toBe(summary.fingerprint.replaceAll(' ', ''));
    expect(text).not.toMatch(/"d"|private/i);
    expect(cardOf(countyAdmin)).toBe(text); // deterministic: the same keys give the same card
  });

  it('refuses an edited card: another name, a swapped encryption key, or not a card at all', () => {
    const { countyAdmin, cityAdmin } = countyAndCity();
    const card = JSON.parse(cardOf(countyAdmin));
    expectCode(() => parseCard(JSON.stringify({ ...card, name: '别的单位' })), 'KEYCARD_INVALID');
    const other = JSON.parse(cardOf(cityAdmin));
    const swapped = { ...card, encryptionKey: other.encryptionKey };
    expect(expectCode(() => parseCard(JSON.stringify(swapped)), 'KEYCARD_INVALID').details).toEqual({
      reason: 'fingerprint',
    });
    expect(expectCode(() => parseCard('PK\u0003\u0004 spreadsheet'), 'KEYCARD_INVALID').details).toEqual({
      reason: 'notJson',
    });
    expect(expectCode(() => parseCard('{"format":"boai-keycard"}'), 'KEYCARD_INVALID').details).toEqual({
      reason: 'fields',
    });
  });
});

describe('trust list', () => {
  it('a city trusts a county after the digits match; a wrong fingerprint is refused and changes nothing', () => {
    const { countyAdmin, cityAdmin, city } = countyAndCity();
    const text = cardOf(countyAdmin);
    expect(previewCard(cityAdmin, text)).toMatchObject({
      officeCode: COUNTY.code,
      name: COUNTY.name,
      role: 'county',
      status: 'new',
      needsConfirmation: true,
      current: null,
    });
    const wrong = fingerprintOf(countyAdmin).replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    const refused = expectCode(() => trustOffice(cityAdmin, text, wrong), 'TRUST_FINGERPRINT_MISMATCH');
    expect(refused.message).toContain('指纹不一致');
    expectCode(() => trustOffice(cityAdmin, text), 'TRUST_CONFIRMATION_REQUIRED');
    expect(listTrusted(city.store)).toEqual([]);
    const typed = fingerprintOf(countyAdmin).replaceAll(' ', ''); // typed without spaces
    const result = trustOffice(cityAdmin, text, typed);
    expect(result.status).toBe('new');
    expect(listTrusted(city.store)).toEqual([
      expect.objectContaining({
        officeCode: COUNTY.code,
        name: COUNTY.name,
        role: 'county',
        fingerprint: fingerprintOf(countyAdmin),
        confirmedHow: 'fingerprint',
        confirmedBy: 'user-admin',
      }),
    ]);
    expect(previewCard(cityAdmin, text)).toMatchObject({ status: 'same', needsConfirmation: false });
    expect(verifyAuditChain(city.store.sqlite).ok).toBe(true);
  });

  it('a county trusts its city; a county card on a county, a city card on a city, or our own card are refused', () => {
    const { county, countyAdmin, cityAdmin } = countyAndCity();
    const other = officeBackend('county', '321311', { keys: true, name: '宿豫区红十字会' }).as(['admin']);
    const otherCity = officeBackend('city', '320300', { keys: true, name: '徐州市红十字会' }).as(['admin']);
    expect(trustOffice(countyAdmin, cardOf(cityAdmin), fingerprintOf(cityAdmin)).office).toMatchObject({
      officeCode: CITY.code,
      role: 'city',
    });
    expectCode(() => trustOffice(countyAdmin, cardOf(other), fingerprintOf(other)), 'KEYCARD_WRONG_ROLE');
    expectCode(() => trustOffice(cityAdmin, cardOf(otherCity), fingerprintOf(otherCity)), 'KEYCARD_WRONG_ROLE');
    expectCode(() => previewCard(countyAdmin, cardOf(countyAdmin)), 'KEYCARD_OWN_OFFICE');
    expect(listTrusted(county.store).map((o) => o.officeCode)).toEqual([CITY.code]);
  });

  it('takes a replacement card signed by the old key without comparing digits, and the lookup moves to the new keys', () => {
    const { countyAdmin, cityAdmin, city } = countyAndCity();
    trustOffice(cityAdmin, cardOf(countyAdmin), fingerprintOf(countyAdmin));
    const oldKeyId = ownKeySummary(countyAdmin.store)!.keyId;
    rotateOfficeKeys(countyAdmin);
    const replacement = cardOf(countyAdmin);
    expect(parseCard(replacement).rotation?.previousKeyId).toBe(oldKeyId);
    expect(previewCard(cityAdmin, replacement)).toMatchObject({
      status: 'rotation',
      needsConfirmation: false,
      current: { signingKeyId: oldKeyId },
    });
    expect(trustOffice(cityAdmin, replacement).office).toMatchObject({
      confirmedHow: 'rotation',
      fingerprint: fingerprintOf(countyAdmin),
    });
    expect(trustLookup(city.store).office(COUNTY.code)?.signingKeyId).toBe(ownKeySummary(countyAdmin.store)!.keyId);
    const history = city.store.orm.select().from(trustedKeyHistory).all();
    expect(history.map((h) => [h.signingKeyId, h.confirmedHow, h.replacedAt !== null])).toEqual([
      [oldKeyId, 'fingerprint', true],
      [ownKeySummary(countyAdmin.store)!.keyId, 'rotation', false],
    ]);
  });

  it('asks again for new keys that the old key did not sign (a re-installed county), and says why', () => {
    const { countyAdmin, cityAdmin, city } = countyAndCity();
    trustOffice(cityAdmin, cardOf(countyAdmin), fingerprintOf(countyAdmin));
    const reinstalled = officeBackend('county', COUNTY.code, { keys: true, name: COUNTY.name }).as(['admin']);
    const text = cardOf(reinstalled);
    expect(previewCard(cityAdmin, text)).toMatchObject({ status: 'changed', needsConfirmation: true });
    const asked = expectCode(() => trustOffice(cityAdmin, text), 'TRUST_CONFIRMATION_REQUIRED');
    expect(asked.details).toMatchObject({ status: 'changed' });
    expect(asked.message).toContain('密钥已更换');
    expect(trustLookup(city.store).office(COUNTY.code)?.signingKeyId).toBe(ownKeySummary(countyAdmin.store)!.keyId);
    expect(trustOffice(cityAdmin, text, fingerprintOf(reinstalled)).status).toBe('changed');
    expect(trustLookup(city.store).office(COUNTY.code)?.signingKeyId).toBe(ownKeySummary(reinstalled.store)!.keyId);
  });

  it('asks again when the county rotated twice and the city missed the card in between', () => {
    const { countyAdmin, cityAdmin } = countyAndCity();
    trustOffice(cityAdmin, cardOf(countyAdmin), fingerprintOf(countyAdmin));
    const sameInstant = new Date('2026-03-01T08:00:00Z'); // both replacements in one millisecond: order still holds
    const county = { ...countyAdmin, now: () => sameInstant };
    rotateOfficeKeys(county);
    const middle = ownKeySummary(county.store)!.keyId;
    rotateOfficeKeys(county);
    expect(parseCard(cardOf(county)).rotation?.previousKeyId).toBe(middle);
    expect(previewCard(cityAdmin, cardOf(county)).status).toBe('changed');
  });

  it('lets only an administrator change the trust list through the API', async () => {
    const { countyAdmin, city } = countyAndCity();
    city.addUser('clerk1', ['clerk'], 'clerk-pass-1');
    const call = (method: string, input: unknown, sessionKey: string) =>
      city.backend.router.call(method, input, callerFor(city.backend.router, sessionKey));
    await call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, 'c');
    const card = cardOf(countyAdmin);
    expect(await call('keys.trustOffice', { card, fingerprint: fingerprintOf(countyAdmin) }, 'c')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call('keys.listTrusted', {}, 'c')).toEqual({ ok: true, value: [] });
    await call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, 'a');
    expect(await call('keys.trustOffice', { card, fingerprint: '0000' }, 'a')).toMatchObject({
      ok: false,
      error: { code: 'TRUST_FINGERPRINT_MISMATCH', messageKey: 'errors.TRUST_FINGERPRINT_MISMATCH' },
    });
    expect(await call('keys.trustOffice', { card, fingerprint: fingerprintOf(countyAdmin) }, 'a')).toMatchObject({
      ok: true,
      value: { status: 'new' },
    });
    expect(await call('keys.listTrusted', {}, 'c')).toMatchObject({ ok: true, value: [{ officeCode: COUNTY.code }] });
    const file = await call('keys.exportCard', {}, 'a');
    if (!file.ok) throw new Error(file.error.code);
    const { fileName, contentBase64 } = file.value as KeyCardFile;
    expect(fileName).toBe(`密钥卡_${CITY.code}_${CITY.name}.json`);
    expect(parseCard(Buffer.from(contentBase64, 'base64').toString('utf8')).officeCode).toBe(CITY.code);
  });
});
