// SecretSealers built on AES-256-GCM. The passphrase sealer (dev host, CLI) derives its key with scrypt; the
// keychain sealer (Electron shell) uses a random key that the OS keychain (safeStorage) wraps, read once at start.
// Passphrase layout: version(1) logN(1) salt(16) | nonce(12) tag(16) ciphertext. Keychain: version(1) | nonce tag ciphertext.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import type { SecretSealer } from '../../context';
import { AppError } from '../../errors';

const VERSION = 1;
const LOG_N = 15; // 32 MiB, ~0.1 s: slow enough to make guessing costly, quick enough per process
const SALT_END = 2 + 16;
const GCM_HEAD = 12 + 16;

function gcmSeal(key: Buffer, plain: Buffer): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** Null when the bytes do not authenticate under this key. */
function gcmOpen(key: Buffer, sealed: Buffer): Buffer | null {
  if (sealed.length < GCM_HEAD) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, GCM_HEAD));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(GCM_HEAD)), decipher.final()]);
  } catch {
    return null;
  }
}

function unreadable(): AppError {
  return new AppError(
    'KEYS_SEALED_UNREADABLE',
    undefined,
    '本单位私钥的存储格式无法识别：数据库可能来自更新版本的博爱台账或已损坏',
  );
}

export function passphraseSealer(passphrase: string): SecretSealer {
  if (passphrase.length === 0)
    throw new AppError(
      'KEYS_PASSPHRASE_EMPTY',
      undefined,
      '密钥口令为空：口令文件或 BOAI_KEY_PASSPHRASE 里至少要有一个字符',
    );
  const derived = new Map<string, Buffer>(); // one scrypt per salt per process
  const sealSalt = randomBytes(16); // shared by everything this sealer seals, so loading the key ring derives once
  const keyFor = (salt: Buffer, logN: number) => {
    const cacheKey = `${logN}:${salt.toString('hex')}`;
    let key = derived.get(cacheKey);
    if (!key) {
      key = scryptSync(passphrase.normalize('NFC'), salt, 32, {
        N: 2 ** logN,
        r: 8,
        p: 1,
        maxmem: 256 * 2 ** logN * 8,
      });
      derived.set(cacheKey, key);
    }
    return key;
  };
  return {
    kind: 'passphrase',
    seal: (plain) => Buffer.concat([Buffer.from([VERSION, LOG_N]), sealSalt, gcmSeal(keyFor(sealSalt, LOG_N), plain)]),
    open(sealed) {
      if (sealed.length < SALT_END || sealed[0] !== VERSION || sealed[1]! > 20) throw unreadable();
      const plain = gcmOpen(keyFor(sealed.subarray(2, SALT_END), sealed[1]!), sealed.subarray(SALT_END));
      if (plain) return plain;
      throw new AppError(
        'KEYS_PASSPHRASE_WRONG',
        undefined,
        '密钥口令不对：请检查口令文件（--passphrase-file）或 BOAI_KEY_PASSPHRASE 是否是建立本单位密钥时用的口令',
      );
    },
  };
}

/** The OS keychain as the Electron shell offers it (safeStorage's asynchronous calls). */
export interface Keychain {
  encrypt(text: string): Promise<Buffer>;
  decrypt(wrapped: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

/**
 * A sealer whose key the OS keychain wraps in `file` (made on first use). The keychain is asked once, at start;
 * sealing then stays synchronous, like the passphrase sealer.
 */
export async function keychainSealer(file: string, keychain: Keychain): Promise<SecretSealer> {
  let key: Buffer;
  if (fs.existsSync(file)) {
    const { result, shouldReEncrypt } = await keychain.decrypt(fs.readFileSync(file));
    key = Buffer.from(result, 'base64');
    if (key.length !== 32) throw new Error(`The office key file ${file} is not a 32-byte key`);
    if (shouldReEncrypt) writeAtomically(file, await keychain.encrypt(result));
  } else {
    key = randomBytes(32);
    writeAtomically(file, await keychain.encrypt(key.toString('base64')));
  }
  return {
    kind: 'safeStorage',
    seal: (plain) => Buffer.concat([Buffer.from([VERSION]), gcmSeal(key, plain)]),
    open(sealed) {
      if (sealed[0] !== VERSION) throw unreadable();
      const plain = gcmOpen(key, sealed.subarray(1));
      if (plain) return plain;
      throw new AppError(
        'KEYS_LOCKED',
        { reason: 'keychainChanged' },
        '系统钥匙串里的密钥与本单位私钥不符（可能换了电脑或系统账户）：请在原电脑上操作，或联系技术支持',
      );
    },
  };
}

function writeAtomically(file: string, bytes: Buffer): void {
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, bytes, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** The passphrase from a file (one trailing newline ignored) or BOAI_KEY_PASSPHRASE; undefined when neither is given. */
export function passphraseFrom(file: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (file !== undefined) return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  const value = env.BOAI_KEY_PASSPHRASE;
  return value ? value : undefined;
}

/** A passphrase sealer when a passphrase is given; otherwise none (keys will then fail KEYS_LOCKED). */
export function sealerFromPassphrase(
  file: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): SecretSealer | undefined {
  const passphrase = passphraseFrom(file, env);
  return passphrase === undefined ? undefined : passphraseSealer(passphrase);
}
