// What a checker is told for a scanned code: the signed claims, the status on the day from the code's dates and,
// where this office's register knows the certificate, its revocation or renewal.
import { describe, expect, it } from 'vitest';
import { certificateQrText, signerList, verificationOf, verifyCertificateCode } from '@core/training/certificates';
import { SAMPLE_CLAIMS, sampleFacts, signingOffice, SUCHENG } from './certificate-support';

const office = signingOffice(SUCHENG.code, SUCHENG.name);
const check = verifyCertificateCode(certificateQrText(sampleFacts(), office.key), signerList([office.signer]));
const current = { revoked: false, superseded: false };
const { officeCode: _officeCode, ...shown } = SAMPLE_CLAIMS;

describe('the verification of a scanned certificate', () => {
  it('shows the holder, masked ID, kind, dates and issuing office, valid until its last day', () => {
    expect(verificationOf(check, current, '2026-01-05')).toEqual({
      ok: true,
      status: 'VALID',
      expiring: false,
      ...shown,
      office: { code: '321302', name: '宿城区红十字会' },
    });
    expect(verificationOf(check, undefined, '2028-06-29')).toMatchObject({ status: 'VALID', expiring: true });
    expect(verificationOf(check, undefined, '2028-06-30')).toMatchObject({ status: 'EXPIRED', expiring: false });
  });

  it('says revoked or superseded where the register knows it, whatever the signed dates say', () => {
    expect(verificationOf(check, { ...current, revoked: true }, '2026-01-05')).toMatchObject({ status: 'REVOKED' });
    expect(verificationOf(check, { ...current, superseded: true }, '2026-01-05')).toMatchObject({
      status: 'SUPERSEDED',
    });
  });

  it('passes a refusal on as it is', () => {
    const refused = verifyCertificateCode('BL1:BB8', signerList([office.signer]));
    expect(verificationOf(refused, current, '2026-01-05')).toEqual({ ok: false, code: 'CERTIFICATE_CODE_DAMAGED' });
  });
});
