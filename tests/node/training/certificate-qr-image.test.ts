// The QR image holds exactly the code: read back from the PNG by a QR decoder (jsQR), it verifies; the SVG
// for the print views keeps the quiet zone a scanner needs.
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  certificateQrPng,
  certificateQrSvg,
  certificateQrText,
  signerList,
  verifyCertificateCode,
} from '@core/training/certificates';
import { readPng } from '../../fixtures/png';
import { sampleFacts, signingOffice } from './certificate-support';

const office = signingOffice('321302', '宿城区红十字会');

describe('the certificate QR image', () => {
  it('reads back from the PNG as exactly the code, which verifies', async () => {
    const code = certificateQrText(sampleFacts({ name: '阿卜杜热合曼·艾力买买提江' }), office.key);
    const image = readPng(await certificateQrPng(code));
    const read = jsQR(image.data, image.width, image.height);
    expect(read?.data).toBe(code);
    expect(read?.version).toBeLessThanOrEqual(13);
    expect(verifyCertificateCode(read!.data, signerList([office.signer]))).toMatchObject({
      ok: true,
      claims: { name: '阿卜杜热合曼·艾力买买提江' },
    });
  });

  it('draws the SVG with its four-module quiet zone, and the PNG at eight pixels a module', async () => {
    const code = certificateQrText(sampleFacts(), office.key);
    const svg = await certificateQrSvg(code);
    const size = QRCode.create(code, { errorCorrectionLevel: 'Q' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(readPng(await certificateQrPng(code)).width).toBe((size + 8) * 8);
  });
});
