// `training qr NUMBER [--png FILE]`, `training verify PAYLOAD` and `training revoke NUMBER --reason TEXT`: the
// certificate register's QR, 证书查验 and revocation from a terminal, through the router as the signed-in user
// (verification is audited like the page's; revoking needs the approver role). The QR is signed with this
// office's key: --passphrase-file F or BOAI_KEY_PASSPHRASE unlocks it.
import fs from 'node:fs';
import path from 'node:path';
import { errorSentence } from '../../api/messages/errorSentence';
import { certificateQrPng } from '../../core/training/certificates/qrImage';
import { CliError, flag, requireFlag, type Args } from '../args';
import { cliLanguage } from '../language';
import { withSession } from '../session';

function positional(args: Args, usage: string): string {
  const value = args.positionals[2];
  if (!value) throw new CliError('USAGE', `Usage: ${usage}`);
  return value;
}

export function trainingQr(args: Args) {
  const number = positional(args, 'training qr NUMBER [--png FILE]');
  const png = flag(args, 'png');
  return withSession(args, async (session) => {
    const { payload } = await session.call('training.certificates.qr', { number });
    if (png) {
      const file = path.resolve(png);
      fs.writeFileSync(file, await certificateQrPng(payload));
    }
    return { number, payload };
  });
}

export function trainingVerify(args: Args) {
  const payload = positional(args, 'training verify PAYLOAD');
  return withSession(args, async (session) => {
    const result = await session.call('training.certificates.verify', { text: payload });
    if (!result.ok)
      return { ok: false, code: result.code, message: errorSentence(result.code, undefined, cliLanguage(args)) };
    const { status, number, kind, name, idMasked, issued, expires, office } = result;
    return { ok: true, status, number, kind, name, idMasked, issued, expires, office };
  });
}

export function trainingRevoke(args: Args) {
  const number = positional(args, 'training revoke NUMBER --reason TEXT');
  const reason = requireFlag(args, 'reason');
  return withSession(args, async (session) => {
    const revoked = await session.call('training.certificates.revoke', { number, reason });
    return { ok: true, number: revoked.number, status: revoked.status, revokedAt: revoked.revokedAt, reason };
  });
}
