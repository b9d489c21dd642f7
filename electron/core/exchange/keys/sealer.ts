// A SecretSealer for machines without the OS keychain (dev host, CLI): scrypt turns the passphrase into an
// AES-256-GCM key. Layout of a sealed secret: version(1) logN(1) salt(16) nonce(12) tag(16) ciphertext.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import type { SecretSealer } from '../../context';
import { AppError } from '../../errors';

const VERSION = 1;
const LOG_N = 15; // 32 MiB, ~0.1 s: slow enough to make guessing costly, quick enough per process
const HEAD = 2 + 16 + 12 + 16;

export function passphraseSealer(passphrase: string): SecretSealer {
  if (passphrase.length === 0) throw new AppError('KEYS_PASSPHRASE_EMPTY', undefined, '密钥口令为空：口令文件或 BOAI_KEY_PASSPHRASE 里至少要有一个字符');
  const derived = new Map<string, Buffer>(); // salt -> key: one scrypt per salt per process
  const sealSalt = randomBytes(16); // one salt for everything sealed by this sealer, so loading the ring derives once
  const keyFor = (salt: Buffer, logN: number) => {
    const cacheKey = `${logN}:${salt.toString('hex')}`;
    let key = derived.get(cacheKey);
    if (!key) {
      key = scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** logN, r: 8, p: 1, maxmem: 256 * 2 ** logN * 8 });
      derived.set(cacheKey, key);
    }
    return key;
  };
  return {
    kind: 'passphrase',
    seal(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keyFor(sealSalt, LOG_N), nonce);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION, LOG_N]), sealSalt, nonce, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      if (sealed.length < HEAD || sealed[0] !== VERSION || sealed[1]! > 20) throw new AppError('KEYS_SEALED_UNREADABLE');
      const logN = sealed[1]!;
      const salt = sealed.subarray(2, 18), nonce = sealed.subarray(18, 30), tag = sealed.subarray(30, 46);
      const decipher = createDecipheriv('aes-256-gcm', keyFor(salt, logN), nonce);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed.subarray(HEAD)), decipher.final()]);
      } catch {
        throw new AppError('KEYS_PASSPHRASE_WRONG', undefined, '密钥口令不对：请检查口令文件（--passphrase-file）或 BOAI_KEY_PASSPHRASE 是否是建立本单位密钥时用的口令');
      }
    },
  };
}

/** The passphrase from a file (one trailing newline ignored) or BOAI_KEY_PASSPHRASE; undefined when neither is given. */
export function passphraseFrom(file: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (file !== undefined) return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  const value = env.BOAI_KEY_PASSPHRASE;
  return value ? value : undefined;
}

/** A passphrase sealer when a passphrase is given; otherwise none (keys will then fail KEYS_LOCKED). */
export function sealerFromPassphrase(file: string | undefined, env: NodeJS.ProcessEnv = process.env): SecretSealer | undefined {
  const passphrase = passphraseFrom(file, env);
  return passphrase === undefined ? undefined : passphraseSealer(passphrase);
}
