// The shell's sealer: a random key wrapped by the OS keychain (safeStorage). Electron cannot run here, so the
// keychain is a stand-in with the same async shape that encrypts under its own secret, as DPAPI or Keychain would.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keychainSealer, type Keychain } from '@core/exchange/keys';
import { tempDir } from '../support';
import { expectCode } from './exchange-keys-support';

function osKeychain(secret = randomBytes(32), reEncrypt = false): Keychain & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async encrypt(text) {
      calls.push('encrypt');
      const nonce = randomBytes(12),
        cipher = createCipheriv('aes-256-gcm', secret, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]);
    },
    async decrypt(wrapped) {
      calls.push('decrypt');
      const decipher = createDecipheriv('aes-256-gcm', secret, wrapped.subarray(0, 12));
      decipher.setAuthTag(wrapped.subarray(12, 28));
      return {
        result: Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]).toString('utf8'),
        shouldReEncrypt: reEncrypt,
      };
    },
  };
}

describe('keychain sealer (Electron shell)', () => {
  it('wraps a new key on first start, opens what it sealed on the next start, and never stores the key itself', async () => {
    const file = path.join(tempDir(), 'office-keys.keychain');
    const secret = randomBytes(32);
    const first = await keychainSealer(file, osKeychain(secret));
    const sealed = first.seal(Buffer.from('private key der'));
    expect(first.kind).toBe('safeStorage');
    const second = osKeychain(secret);
    const reopened = await keychainSealer(file, second);
    expect(second.calls).toEqual(['decrypt']);
    expect(reopened.open(sealed).toString()).toBe('private key der');
    expect(fs.readFileSync(file).includes(Buffer.from('private key der'))).toBe(false);
  });

  it('re-wraps the key when the keychain asks, and refuses sealed keys after the keychain changed', async () => {
    const file = path.join(tempDir(), 'office-keys.keychain');
    const secret = randomBytes(32);
    const sealed = (await keychainSealer(file, osKeychain(secret))).seal(Buffer.from('k'));
    const before = fs.readFileSync(file);
    const rotating = osKeychain(secret, true);
    await keychainSealer(file, rotating);
    expect(rotating.calls).toEqual(['decrypt', 'encrypt']);
    expect(fs.readFileSync(file).equals(before)).toBe(false);
    // Another machine: the file is gone, a new key is made, and the old sealed keys no longer open.
    fs.rmSync(file);
    const elsewhere = await keychainSealer(file, osKeychain());
    expect(expectCode(() => elsewhere.open(sealed), 'KEYS_LOCKED').message).toContain('系统钥匙串');
  });
});
