// `training qr`, `training verify` and `training revoke` run for real in a child process: one JSON object each,
// exit 0 only when ok; the PNG holds exactly the printed payload.
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { IssueResult } from '@core/training/register/contract';
import { readPng } from '../../fixtures/png';
import { runCli } from '../cli-support';
import { KEY_PASSPHRASE, tempDir } from '../support';
import { certificateOffice } from '../training/register-support';

const CLI_RUNS_TIMEOUT = 300_000;

describe('cli: training certificates', () => {
  it(
    'prints the QR payload and image, verifies it, refuses a tampered one, revokes',
    { timeout: CLI_RUNS_TIMEOUT },
    async () => {
      const o = await certificateOffice(2);
      const person = o.people[0]!;
      const { numbers } = await o.value<IssueResult>('trainer', 'training.certificates.issue', {
        personId: person.id,
        kindId: o.kindId('rescuer'),
        issueDate: '2025-06-30',
      });
      const number = numbers[0]!;
      const dataDir = path.dirname(o.store.file);
      const env = { BOAI_KEY_PASSPHRASE: KEY_PASSPHRASE };
      const png = path.join(tempDir(), 'qr.png');

      const qr = runCli(dataDir, ['training', 'qr', number, '--png', png, '--json'], env);
      expect(qr.status).toBe(0);
      const { payload } = qr.json() as { number: string; payload: string };
      expect(qr.json()).toEqual({ number, payload: expect.stringMatching(/^BL1:/) });
      const image = readPng(fs.readFileSync(png));
      expect(jsQR(image.data, image.width, image.height)?.data).toBe(payload);

      const verified = runCli(dataDir, ['training', 'verify', payload, '--json']);
      expect(verified.status).toBe(0);
      expect(verified.json()).toEqual({
        ok: true,
        status: 'VALID',
        number,
        kind: '救护员',
        name: person.name,
        idMasked: `${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`,
        issued: '2025-06-30',
        expires: '2028-06-29',
        office: { code: '321302', name: '宿城区红十字会' },
      });

      const tampered = runCli(dataDir, ['training', 'verify', payload.slice(0, -10), '--json', '--lang', 'zh-CN']);
      expect(tampered.status).not.toBe(0);
      expect(tampered.json()).toEqual({
        ok: false,
        code: expect.stringMatching(/^CERTIFICATE_CODE_(DAMAGED|SIGNATURE_INVALID)$/),
        message: expect.stringContaining('证书二维码'),
      });

      const revoked = runCli(dataDir, ['training', 'revoke', number, '--reason', '冒名顶替', '--json']);
      expect(revoked.status).toBe(0);
      expect(revoked.json()).toMatchObject({ ok: true, number, status: 'REVOKED' });
      expect(runCli(dataDir, ['training', 'verify', payload, '--json']).json()).toMatchObject({ status: 'REVOKED' });
      const trainer = runCli(dataDir, ['training', 'revoke', number, '--reason', 'x', '--json'], {
        BOAI_USER: 'trainer',
        BOAI_PASSWORD: 'trainer-pass-1',
      });
      expect(trainer.status).not.toBe(0);
      expect(trainer.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    },
  );
});
