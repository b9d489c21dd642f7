// Office keys at rest and in use: sealed private keys, passphrase, locked and missing keys, the key ring.
import { createPrivateKey, diffieHellman, generateKeyPairSync, sign, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupOffice } from '@core/accounts/office';
import type { CoreContext } from '@core/context';
import {
  createOfficeKeys,
  loadKeyRing,
  ownKeySummary,
  passphraseSealer,
  rotateOfficeKeys,
  trustLookup,
  trustOffice,
} from '@core/exchange/keys';
import type { MyKeyCard } from '@core/exchange/keys/contract';
import {
  fingerprintOf,
  groupFingerprint,
  keyIdOf,
  normalizeFingerprint,
  rawPublicKey,
} from '@core/exchange/keys/material';
import { openBackend } from '../../../electron/backend';
import { ADMIN_PASSWORD, freshBackend, KEY_PASSPHRASE, officeBackend, tempDir, callerFor } from '../support';
import { cardOf, countyAndCity, expectCode } from './exchange-keys-support';

/** Every byte of every file in the data folder (database, WAL, anything else). */
function folderBytes(dir: string): Buffer {
  return Buffer.concat(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => fs.readFileSync(path.join(e.parentPath, e.name))),
  );
}

function privateForms(key: ReturnType<typeof createPrivateKey>): Buffer[] {
  const der = key.export({ format: 'der', type: 'pkcs8' });
  const d = Buffer.from(key.export({ format: 'jwk' }).d!, 'base64url');
  return [
    der,
    d,
    Buffer.from(der.toString('base64')),
    Buffer.from(d.toString('base64')),
    Buffer.from(d.toString('base64url')),
    Buffer.from(d.toString('hex')),
  ];
}

describe('office keys at rest', () => {
  it('never writes a private key in plain text: the database file, its WAL and the folder hold none of its forms', () => {
    const dir = tempDir();
    const backend = openBackend(dir, { secrets: passphraseSealer(KEY_PASSPHRASE) });
    const ctx: CoreContext = {
      store: backend.store,
      actor: null,
      method: 'test',
      now: () => new Date(),
      secrets: backend.secrets,
    };
    setupOffice(ctx, {
      code: '321302',
      name: '宿城区红十字会',
      role: 'county',
      admin: { username: 'admin', password: ADMIN_PASSWORD },
    });
    rotateOfficeKeys({ ...ctx, actor: { userId: 'a', username: 'admin', displayName: 'a', roles: ['admin'] } }); // retired keys too
    const ring = loadKeyRing(ctx);
    const keys = [
      ring.signing.privateKey,
      ring.encryption.privateKey,
      ...ring.retiredEncryption!.map((k) => k.privateKey),
    ];
    expect(keys).toHaveLength(3);
    const forms = keys.flatMap(privateForms);
    const whileOpen = folderBytes(dir);
    backend.close(); // checkpoints the WAL into the database file
    const closed = folderBytes(dir);
    for (const bytes of [whileOpen, closed]) for (const form of forms) expect(bytes.includes(form)).toBe(false);
    // The scan can fail: the public keys are there in the same encodings.
    expect(closed.includes(Buffer.from(rawPublicKey(ring.signing.publicKey)))).toBe(true);
  });

  it('refuses a wrong passphrase cleanly, says KEYS_LOCKED without one, and the right one opens the keys again', () => {
    const dir = tempDir();
    const first = openBackend(dir, { secrets: passphraseSealer('the right passphrase') });
    setupOffice(
      { store: first.store, actor: null, method: 'test', now: () => new Date(), secrets: first.secrets },
      {
        code: '321302',
        name: '宿城区红十字会',
        role: 'county',
        admin: { username: 'admin', password: ADMIN_PASSWORD },
      },
    );
    first.close();
    const reopen = (secrets?: ReturnType<typeof passphraseSealer>) => {
      const backend = freshBackend(dir, { secrets });
      return {
        store: backend.store,
        actor: null,
        method: 'test',
        now: () => new Date(),
        secrets,
      } satisfies CoreContext;
    };
    const wrong = expectCode(
      () => loadKeyRing(reopen(passphraseSealer('a wrong passphrase'))),
      'KEYS_PASSPHRASE_WRONG',
    );
    expect(wrong.message).toContain('口令不对');
    const locked = expectCode(() => loadKeyRing(reopen(undefined)), 'KEYS_LOCKED');
    expect(locked.message).toContain('BOAI_KEY_PASSPHRASE');
    expect(locked.message).toContain('--passphrase-file');
    expect(loadKeyRing(reopen(passphraseSealer('the right passphrase'))).officeCode).toBe('321302');
  });

  it('sets up an office without keys when nothing can seal them; keys come later and only once', () => {
    const { as, store } = officeBackend('county');
    expect(ownKeySummary(store)).toBeNull();
    expectCode(() => loadKeyRing(as(['admin'])), 'KEYS_MISSING');
    expectCode(() => createOfficeKeys(as(['admin'])), 'KEYS_LOCKED');
    const ctx = { ...as(['admin']), secrets: passphraseSealer(KEY_PASSPHRASE) };
    createOfficeKeys(ctx);
    expect(ownKeySummary(store)?.keyId).toMatch(/^[0-9a-f]{16}$/);
    expectCode(() => createOfficeKeys(ctx), 'KEYS_ALREADY_EXIST');
  });

  it('creates keys through office.setup on the router when the backend has a sealer', async () => {
    const backend = freshBackend(tempDir(), { secrets: passphraseSealer(KEY_PASSPHRASE) });
    const setup = await backend.router.call(
      'office.setup',
      { code: '321300', name: '宿迁市红十字会', role: 'city', admin: { username: 'admin', password: ADMIN_PASSWORD } },
      callerFor(backend.router, 's'),
    );
    expect(setup.ok).toBe(true);
    await backend.router.call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      callerFor(backend.router, 's'),
    );
    const card = await backend.router.call('keys.myCard', {}, callerFor(backend.router, 's'));
    expect(card).toMatchObject({ ok: true, value: { officeCode: '321300', role: 'city' } });
    const value = (card.ok ? card.value : null) as MyKeyCard;
    expect(value.qrSvg).toMatch(/^<svg/);
    expect(value.fingerprint).toMatch(/^(\d{4} ){11}\d{4}$/);
  });
});

describe('key ring', () => {
  it('signs with the signing key and opens what was sealed to its encryption key, as the trusted side sees them', () => {
    const { countyAdmin, cityAdmin, city } = countyAndCity();
    trustOffice(cityAdmin, cardOf(countyAdmin), ownKeySummary(countyAdmin.store)!.fingerprint);
    const ring = loadKeyRing(countyAdmin);
    const trusted = trustLookup(city.store).office('321302')!;
    expect(trusted.signingKeyId).toBe(ring.signing.keyId);
    expect(trusted.encryptionKeyId).toBe(ring.encryption.keyId);
    expect(keyIdOf(rawPublicKey(trusted.signingPublicKey))).toBe(ring.signing.keyId);
    const message = Buffer.from('header bytes');
    expect(verify(null, message, trusted.signingPublicKey, sign(null, message, ring.signing.privateKey))).toBe(true);
    const ephemeral = generateKeyPairSync('x25519');
    const sent = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: trusted.encryptionPublicKey });
    expect(diffieHellman({ privateKey: ring.encryption.privateKey, publicKey: ephemeral.publicKey }).equals(sent)).toBe(
      true,
    );
    expect(trustLookup(city.store).office('999999')).toBeUndefined();
  });

  it('keeps a replaced encryption key: a package sealed to it still opens after rotation', () => {
    const { countyAdmin } = countyAndCity();
    const before = loadKeyRing(countyAdmin);
    const ephemeral = generateKeyPairSync('x25519');
    const sent = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: before.encryption.publicKey });
    rotateOfficeKeys(countyAdmin);
    const after = loadKeyRing(countyAdmin);
    expect(after.encryption.keyId).not.toBe(before.encryption.keyId);
    expect(after.signing.keyId).not.toBe(before.signing.keyId);
    const retired = after.retiredEncryption!.find((k) => k.keyId === before.encryption.keyId)!;
    expect(diffieHellman({ privateKey: retired.privateKey, publicKey: ephemeral.publicKey }).equals(sent)).toBe(true);
  });
});

describe('fingerprints', () => {
  it('are 12 groups of 4 digits, differ for other keys, and accept typed spaces, dashes and full-width digits', () => {
    const a = generateKeyPairSync('ed25519'),
      b = generateKeyPairSync('x25519'),
      c = generateKeyPairSync('x25519');
    const digits = fingerprintOf(rawPublicKey(a.publicKey), rawPublicKey(b.publicKey));
    expect(digits).toMatch(/^\d{48}$/);
    expect(fingerprintOf(rawPublicKey(a.publicKey), rawPublicKey(c.publicKey))).not.toBe(digits);
    const grouped = groupFingerprint(digits);
    expect(grouped.split(' ')).toHaveLength(12);
    expect(normalizeFingerprint(grouped)).toBe(digits);
    expect(normalizeFingerprint(grouped.replaceAll(' ', '-'))).toBe(digits);
    expect(normalizeFingerprint(digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))).toBe(digits);
  });
});
