// The certificate pieces the training domain stands on: the signed QR, its verification and its image.
// Dates, statuses and numbers live in rules/training/ (the renderer needs them too).
export { certificateQrText, CERTIFICATE_QR_PREFIX, type CertificateSigningKey } from './qrPayload';
export {
  CERTIFICATE_CODE_REFUSALS,
  verifyCertificateCode,
  type CertificateCheck,
  type CertificateCodeRefusal,
} from './verify';
export { signerList, type CertificateSigner, type SignerList } from './signers';
export { maskIdForCertificate, type CertificateClaims, type CertificateFacts } from './claims';
export { certificateQrPng, certificateQrSvg, certificateQrVersion, CERTIFICATE_QR_MIN_MM } from './qrImage';
export { verificationOf, type RegisterEntry, type Verification, type VerifiedCertificate } from './outcome';
