// The certificate register -> core.
import type { HandlersFor } from '../../handler';
import { officesHolding } from '../../records/offices';
import { certificateDetail } from './detail';
import { courseIssuePreview, issueForCourse, issueOne } from './issue';
import type { CertificateRegisterMethodName } from './methods';
import { certificateQr, certificateSheets } from './qr';
import { certifiedKinds, listCertificates, registerTownships } from './query';
import { recordPrints, revokeCertificate } from './revoke';
import { certificateSettings, setCertificateSettings } from './settings';
import { verifyScannedCertificate } from './verification';

export const certificateRegisterHandlers: HandlersFor<CertificateRegisterMethodName> = {
  'training.certificates.list': (ctx, input) => listCertificates(ctx, input),
  'training.certificates.offices': (ctx) => officesHolding(ctx, 'training_certificates'),
  'training.certificates.kinds': (ctx, input) => certifiedKinds(ctx, input.officeCode),
  'training.certificates.townships': (ctx, input) => registerTownships(ctx, input.officeCode),
  'training.certificates.get': (ctx, input) => certificateDetail(ctx, input.id),
  'training.certificates.coursePreview': (ctx, input) => courseIssuePreview(ctx, input.courseId),
  'training.certificates.issueForCourse': (ctx, input) => issueForCourse(ctx, input.courseId, input.issueDate),
  'training.certificates.issue': (ctx, input) => issueOne(ctx, input),
  'training.certificates.revoke': (ctx, input) =>
    certificateDetail(ctx, revokeCertificate(ctx, input, input.reason).id),
  'training.certificates.printed': (ctx, input) => recordPrints(ctx, input.ids, input.format, input.reason),
  'training.certificates.sheets': (ctx, input) => certificateSheets(ctx, input.ids),
  'training.certificates.qr': (ctx, input) => certificateQr(ctx, input),
  'training.certificates.verify': (ctx, input) => verifyScannedCertificate(ctx, input.text),
  'training.certificates.settings': (ctx) => certificateSettings(ctx),
  'training.certificates.setSettings': (ctx, input) => setCertificateSettings(ctx, input),
};
