// The QR image of a certificate's code: error correction Q (a quarter of the symbol may be scratched or
// stamped over and it still reads), printed at least 35 mm wide, as the EU's certificates were.
import QRCode from 'qrcode';

export const CERTIFICATE_QR_LEVEL = 'Q';
/** The narrowest a certificate's QR may be printed: version 13 (69 modules) stays above 0.5 mm a module. */
export const CERTIFICATE_QR_MIN_MM = 35;

/** The QR version (1-40) the code needs at level Q; the format promises at most 13. */
export function certificateQrVersion(code: string): number {
  return QRCode.create(code, { errorCorrectionLevel: CERTIFICATE_QR_LEVEL }).version;
}

/** SVG markup for the print views (scales to any size without blurring). */
export function certificateQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: CERTIFICATE_QR_LEVEL, margin: 4 });
}

/** A PNG of exactly that code (`training qr NUMBER --png FILE`), 8 pixels a module. */
export function certificateQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: CERTIFICATE_QR_LEVEL, margin: 4, scale: 8 });
}
