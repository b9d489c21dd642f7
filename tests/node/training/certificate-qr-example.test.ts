// docs/training.md's worked example is what the code makes and accepts: a checker written from the page alone
// agrees with this program.
import { createPrivateKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyIdOf } from '@core/exchange/keys/material';
import { certificateQrText, signerList, verifyCertificateCode } from '@core/training/certificates';
import { sampleFacts } from './certificate-support';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/training.md'), 'utf8');
const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(doc)?.[1] ?? '';
const PKCS8_ED25519_PREFIX = '302e020100300506032b657004220420';

describe('the documented example', () => {
  it('verifies with the published public key and says what the page says', () => {
    const publicKey = field('public key \\(base64url\\)');
    expect(keyIdOf(publicKey)).toBe(field('kid'));
    const signers = signerList([{ officeCode: '321302', officeName: '宿城区红十字会', publicKey, trusted: true }]);
    expect(verifyCertificateCode(field('code'), signers)).toMatchObject({
      ok: true,
      claims: {
        number: '321302-2025-000017D',
        name: '欧阳晓慧',
        idMasked: '3213**********442X',
        expires: '2028-06-29',
      },
    });
  });

  it('is exactly what signing the sample with the published seed gives', () => {
    const privateKey = createPrivateKey({
      key: Buffer.from(PKCS8_ED25519_PREFIX + field('seed'), 'hex'),
      format: 'der',
      type: 'pkcs8',
    });
    expect(certificateQrText(sampleFacts(), { keyId: field('kid'), privateKey })).toBe(field('code'));
  });
});
