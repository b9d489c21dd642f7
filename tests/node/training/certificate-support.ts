// Offices with real Ed25519 signing keys, as the certificate QR code sees them: the signing key the office
// unlocks to issue, and the signer entry a verifying office keeps for it.
import { generateKeyPairSync } from 'node:crypto';
import { keyIdOf, rawPublicKey } from '@core/exchange/keys/material';
import type { CertificateFacts, CertificateSigner, CertificateSigningKey } from '@core/training/certificates';

export interface SigningOffice {
  key: CertificateSigningKey & { publicKey: import('node:crypto').KeyObject };
  signer: CertificateSigner;
}

export function signingOffice(officeCode: string, officeName: string, trusted = true): SigningOffice {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return {
    key: { keyId: keyIdOf(raw), privateKey, publicKey },
    signer: { officeCode, officeName, publicKey: raw, trusted },
  };
}

export const SUCHENG = { code: '321302', name: '宿城区红十字会' };
export const SUYU = { code: '321311', name: '宿豫区红十字会' };

export function sampleFacts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    number: '321302-2025-000017D',
    officeCode: SUCHENG.code,
    kind: '救护员',
    name: '欧阳晓慧',
    idNumber: '32130219900307442X',
    issued: '2025-06-30',
    expires: '2028-06-29',
    ...overrides,
  };
}

/** What the sample's code says, as a checker reads it: the ID number's middle starred. */
export const SAMPLE_CLAIMS = {
  number: '321302-2025-000017D',
  officeCode: '321302',
  kind: '救护员',
  name: '欧阳晓慧',
  idMasked: '3213**********442X',
  issued: '2025-06-30',
  expires: '2028-06-29',
};
