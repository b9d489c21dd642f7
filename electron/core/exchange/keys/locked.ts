// Opening a sealed private key, and the errors that tell the clerk how to unlock the keys.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { CoreContext, SecretSealer } from '../../context';
import { AppError } from '../../errors';

export type SealKind = SecretSealer['kind'];

/** The sealer, or KEYS_LOCKED saying what to do (CLI and dev host: a passphrase). */
export function requireSealer(ctx: CoreContext, sealedWith?: SealKind): SecretSealer {
  const sealer = ctx.secrets;
  if (!sealer) {
    throw new AppError(
      'KEYS_LOCKED',
      { reason: 'noPassphrase' },
      '本单位的私钥已加锁：请用 --passphrase-file 指定口令文件，或设置环境变量 BOAI_KEY_PASSPHRASE（建立密钥时用的口令）后再试',
    );
  }
  if (sealedWith && sealer.kind !== sealedWith) {
    throw new AppError(
      'KEYS_LOCKED',
      { reason: 'otherSealer', sealedWith },
      sealedWith === 'safeStorage'
        ? '本单位的私钥由桌面程序通过系统钥匙串保管，命令行和浏览器开发服务无法解锁：请在博爱台账桌面程序里操作'
        : '本单位的私钥用口令加密保管：请设置环境变量 BOAI_KEY_PASSPHRASE（建立密钥时用的口令）后再启动',
    );
  }
  return sealer;
}

export function openPrivateKey(ctx: CoreContext, sealed: string, sealedWith: SealKind): KeyObject {
  const der = requireSealer(ctx, sealedWith).open(Buffer.from(sealed, 'base64'));
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

export function sealPrivateKey(ctx: CoreContext, key: KeyObject): { sealed: string; sealedWith: SealKind } {
  const sealer = requireSealer(ctx);
  const der = key.export({ format: 'der', type: 'pkcs8' });
  try {
    return { sealed: sealer.seal(der).toString('base64'), sealedWith: sealer.kind };
  } finally {
    der.fill(0);
  }
}
