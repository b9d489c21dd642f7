// The signed QR of a certificate: read by a second, independent CBOR decoder (cborg) and verified with the office's
// public key alone; every kind of bad code refused with its own code, a package signature among them.
import { createPublicKey, verify } from 'node:crypto';
import * as cborg from 'cborg';
import { describe, expect, it } from 'vitest';
import {
  certificateQrText,
  CERTIFICATE_QR_PREFIX,
  signerList,
  verifyCertificateCode,
} from '@core/training/certificates';
import { decodeBase45, encodeBase45 } from '@core/training/certificates/base45';
import { signCose } from '@core/training/certificates/cose';
import { kidBytes } from '@core/training/certificates/signers';
import { SAMPLE_CLAIMS, sampleFacts, signingOffice, SUCHENG, SUYU } from './certificate-support';

const sucheng = signingOffice(SUCHENG.code, SUCHENG.name);
const suyu = signingOffice(SUYU.code, SUYU.name);
const facts = sampleFacts();
const code = certificateQrText(facts, sucheng.key);
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** cborg decodes tag 18 only when told how; it keeps it as a Tagged value. */
const cborgOptions = { useMaps: true, rejectDuplicateMapKeys: true, tags: cborg.Tagged.preserve(18) };

describe('the certificate QR', () => {
  it('verifies against the issuing office and says what the certificate is', () => {
    expect(code.startsWith(CERTIFICATE_QR_PREFIX)).toBe(true);
    expect(code).toMatch(/^BL1:[0-9A-Z $%*+\-./:]+$/);
    expect(verifyCertificateCode(code, signerList([suyu.signer, sucheng.signer]))).toEqual({
      ok: true,
      claims: SAMPLE_CLAIMS,
      office: { code: '321302', name: '宿城区红十字会' },
    });
  });

  it('decodes with cborg and verifies with the public key alone, over a Sig_structure rebuilt here', () => {
    const message = cborg.decode(decodeBase45(code.slice(4))!, cborgOptions) as cborg.Tagged;
    expect(message.tag).toBe(18);
    const [protectedBytes, unprotected, payload, signature] = message.value as [
      Uint8Array,
      Map<never, never>,
      Uint8Array,
      Uint8Array,
    ];
    expect(unprotected.size).toBe(0);
    const header = cborg.decode(protectedBytes, cborgOptions) as Map<number, unknown>;
    expect(header.get(1)).toBe(-8); // EdDSA
    expect(Buffer.from(header.get(4) as Uint8Array).toString('hex')).toBe(sucheng.key.keyId);
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: sucheng.signer.publicKey },
      format: 'jwk',
    });
    const toBeSigned = cborg.encode(['Signature1', protectedBytes, new Uint8Array(0), payload]);
    expect(verify(null, toBeSigned, publicKey, signature)).toBe(true);
    expect(verify(null, payload, publicKey, signature)).toBe(false); // the payload alone is not what was signed
    const claims = cborg.decode(payload, cborgOptions) as Map<number, unknown>;
    expect([...claims.entries()]).toEqual([
      [1, '321302-2025-000017D'],
      [2, '321302'],
      [3, '救护员'],
      [4, '欧阳晓慧'],
      [5, '3213442X'],
      [6, 20250630],
      [7, 20280629],
    ]);
    expect(Buffer.from(payload).includes('32130219900307442X')).toBe(false); // the full ID number never travels
  });

  it('refuses every single changed character, most for their signature', () => {
    const signers = signerList([sucheng.signer]);
    const refusals = new Map<string, number>();
    for (let i = CERTIFICATE_QR_PREFIX.length; i < code.length; i++) {
      const other = BASE45[(BASE45.indexOf(code[i]!) + 1) % 45]!;
      const check = verifyCertificateCode(code.slice(0, i) + other + code.slice(i + 1), signers);
      if (check.ok) throw new Error(`a change at ${i} passed`);
      refusals.set(check.code, (refusals.get(check.code) ?? 0) + 1);
    }
    expect(refusals.get('CERTIFICATE_CODE_SIGNATURE_INVALID')).toBeGreaterThan((code.length * 2) / 3);
    expect(verifyCertificateCode(code.slice(0, -1), signers)).toEqual({ ok: false, code: 'CERTIFICATE_CODE_DAMAGED' });
    expect(verifyCertificateCode(code.slice(0, 200), signers)).toEqual({ ok: false, code: 'CERTIFICATE_CODE_DAMAGED' });
  });

  it('reads a code typed with Caps Lock on or with a line end, and refuses codes that are not ours', () => {
    const signers = signerList([sucheng.signer]);
    expect(verifyCertificateCode(`${code.toLowerCase()}\r\n`, signers)).toMatchObject({ ok: true });
    for (const foreign of [
      'HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N',
      'https://example.org/verify?id=1',
      '',
      'BL2:BB8',
    ])
      expect(verifyCertificateCode(foreign, signers)).toEqual({ ok: false, code: 'CERTIFICATE_CODE_UNRECOGNISED' });
    expect(verifyCertificateCode('BL1:', signers)).toEqual({ ok: false, code: 'CERTIFICATE_CODE_DAMAGED' });
    expect(verifyCertificateCode(`BL1:${encodeBase45(cborg.encode([1, 2, 3]))}`, signers)).toEqual({
      ok: false,
      code: 'CERTIFICATE_CODE_DAMAGED',
    });
  });

  it('refuses a code signed by an office not trusted, unknown, or speaking for another office', () => {
    const distrusted = signingOffice(SUYU.code, SUYU.name, false);
    const own = signerList([sucheng.signer, distrusted.signer]);
    const unknownIssuer = { ok: false, code: 'CERTIFICATE_CODE_UNKNOWN_ISSUER' };
    expect(
      verifyCertificateCode(certificateQrText(sampleFacts({ officeCode: SUYU.code }), distrusted.key), own),
    ).toEqual(unknownIssuer);
    expect(verifyCertificateCode(code, signerList([suyu.signer]))).toEqual(unknownIssuer);
    expect(
      verifyCertificateCode(certificateQrText(facts, suyu.key), signerList([sucheng.signer, suyu.signer])),
    ).toEqual(unknownIssuer);
  });

  it('refuses a claim signed with the right key id but another key', () => {
    const forged = certificateQrText(facts, { keyId: sucheng.key.keyId, privateKey: suyu.key.privateKey });
    expect(verifyCertificateCode(forged, signerList([sucheng.signer, suyu.signer]))).toEqual({
      ok: false,
      code: 'CERTIFICATE_CODE_SIGNATURE_INVALID',
    });
    const resigned = signCose(new Uint8Array([0xa0]), kidBytes(sucheng.key.keyId), sucheng.key.privateKey);
    expect(verifyCertificateCode(`BL1:${encodeBase45(resigned)}`, signerList([sucheng.signer]))).toEqual({
      ok: false,
      code: 'CERTIFICATE_CODE_DAMAGED', // signed, but not a certificate's claims
    });
  });

  it('never signs facts a checker would refuse', () => {
    for (const wrong of [{ name: '' }, { issued: '2025-02-30' }, { idNumber: '3213' }, { number: 'N'.repeat(41) }])
      expect(() => certificateQrText(sampleFacts(wrong), sucheng.key)).toThrow(RangeError);
  });
});
