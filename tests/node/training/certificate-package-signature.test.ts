// A package signature must never pass for a certificate's: the county's real package signature, made by the
// exchange format code with the same signing key, offered inside a COSE_Sign1 in every way that could fool a
// verifier that signed bytes as they are. COSE signs the Sig_structure ("Signature1", ...), a package its own
// context string and header, so neither can stand for the other.
import crypto from 'node:crypto';
import path from 'node:path';
import { encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, writePackage } from '@core/exchange/format';
import { readEnvelope } from '@core/exchange/format/envelope';
import { signedBytes } from '@core/exchange/format/header';
import { keyIdOf, rawPublicKey } from '@core/exchange/keys/material';
import { signerList, verifyCertificateCode } from '@core/training/certificates';
import { encodeBase45 } from '@core/training/certificates/base45';
import { encodeCose } from '@core/training/certificates/cose';
import { testOffice } from '../../fixtures/packageKeys';
import { tempDir } from '../support';

const county = testOffice('321302', 'county');
const city = testOffice('321300', 'city');

async function realPackageSignature(): Promise<{ headerBytes: Buffer; signature: Buffer }> {
  const written = await writePackage({
    dir: tempDir(),
    baseName: 'pkg',
    header: {
      packageId: crypto.randomUUID(),
      kind: 'delta',
      sender: { officeCode: '321302', keyId: county.ring.signing.keyId, incarnationId: crypto.randomUUID() },
      recipient: { officeCode: '321300', keyId: city.ring.encryption.keyId },
      seq: 1,
      prevHash: null,
      schemaVersion: SCHEMA_VERSION,
      minReaderVersion: SCHEMA_VERSION,
      createdAt: '2026-12-02T10:00:00.000Z',
    },
    lines: [{ table: 'people', id: 'p1' }],
    keys: county.ring,
    recipient: city.trusted,
  });
  const envelope = await readEnvelope(path.resolve(written.files[0]!));
  return { headerBytes: envelope.headerBytes, signature: envelope.signature };
}

describe('a package signature offered as a certificate signature', () => {
  it('is refused for its signature, though it is the same key and a genuine package signature', async () => {
    const { headerBytes, signature } = await realPackageSignature();
    const countyKey = county.ring.signing.publicKey;
    expect(crypto.verify(null, signedBytes(headerBytes), countyKey, signature)).toBe(true); // genuine, for a package
    const raw = rawPublicKey(countyKey);
    const signers = signerList([{ officeCode: '321302', officeName: '宿城区红十字会', publicKey: raw, trusted: true }]);
    const kid = Buffer.from(keyIdOf(raw), 'hex');
    const protectedBytes = encode(
      new Map<number, unknown>([
        [1, -8],
        [4, new Uint8Array(kid)],
      ]),
    );
    // As payload: the signed header, and the exact bytes the package signature covers (context string included).
    for (const payload of [headerBytes, signedBytes(headerBytes)]) {
      const message = encodeCose({
        protectedBytes,
        kid,
        payload: new Uint8Array(payload),
        signature: new Uint8Array(signature),
      });
      expect(verifyCertificateCode(`BL1:${encodeBase45(message)}`, signers)).toEqual({
        ok: false,
        code: 'CERTIFICATE_CODE_SIGNATURE_INVALID',
      });
    }
  });
});
