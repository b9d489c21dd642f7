// The certificate register (证书台账): issue, number, renew, revoke, print, the grid, the signed QR and 证书查验.
// Trainers manage certificates; clerks, viewers and approvers read them; only an approver (or admin) revokes.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import { isoDate, method, officeCode, optionalText, text } from '@api/method';
import type { Role } from '@api/roles';
import type { PeopleOffice } from '@core/people/contract';
import { CERTIFICATE_STATUSES } from '@rules/training/certificateDates';
import { CERTIFICATE_NUMBER_MAX } from '@rules/training/certificateNumber';
import type { Verification } from '../certificates/contract';
import type {
  CertificateDetail,
  CertificatePage,
  CertificateSettings,
  CertificateSheet,
  CourseIssuePreview,
  IssueResult,
} from './contract';

const TRAINERS: readonly Role[] = ['trainer'];
const CERTIFICATE_READERS: readonly Role[] = ['trainer', 'clerk', 'viewer', 'approver'];
const REVOKERS: readonly Role[] = ['approver'];

const id = z.uuid();
const ref = z
  .object({ id: id.optional(), number: text(CERTIFICATE_NUMBER_MAX).min(1).optional() })
  .refine((r) => r.id !== undefined || r.number !== undefined);
const search = z.object({
  search: optionalText(100),
  status: z.enum(CERTIFICATE_STATUSES).nullish(),
  kindId: id.nullish(),
  township: optionalText(FIELD_LIMITS.people.township),
  expiringSoon: z.boolean().nullish(),
  courseId: id.nullish(),
  officeCode: officeCode.nullish(),
});
const ofOffice = z.object({ officeCode: officeCode.optional() });

export const certificateRegisterMethods = {
  'training.certificates.list': method<CertificatePage>()({
    effect: 'read',
    input: search.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }),
    access: CERTIFICATE_READERS,
  }),
  /** The certified kinds, for the grid's kind filter. */
  /** The offices whose certificates are held here (the city: its own and its counties'), for the office filter. */
  'training.certificates.offices': method<PeopleOffice[]>()({
    effect: 'read',
    input: z.object({}),
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.kinds': method<{ id: string; name: string }[]>()({
    effect: 'read',
    input: ofOffice,
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.townships': method<string[]>()({
    effect: 'read',
    input: ofOffice,
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.get': method<CertificateDetail>()({
    effect: 'read',
    input: z.object({ id }),
    access: CERTIFICATE_READERS,
  }),
  /** Who of the course passed and waits for a certificate: the 发证 confirmation names how many. */
  'training.certificates.coursePreview': method<CourseIssuePreview>()({
    effect: 'read',
    input: z.object({ courseId: id }),
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.issueForCourse': method<IssueResult>()({
    effect: 'write',
    input: z.object({ courseId: id, issueDate: isoDate.nullish() }),
    access: TRAINERS,
  }),
  'training.certificates.issue': method<IssueResult>()({
    effect: 'write',
    input: z.object({ personId: id, kindId: id, issueDate: isoDate, courseId: id.nullish() }),
    access: TRAINERS,
  }),
  'training.certificates.revoke': method<CertificateDetail>()({
    effect: 'write',
    input: z.object({
      id: id.optional(),
      number: text(CERTIFICATE_NUMBER_MAX).optional(),
      reason: text(REASON_MAX).min(1),
    }),
    access: REVOKERS,
  }),
  /** Logs a print of each (a reprint needs a reason) and counts it on the certificate. */
  'training.certificates.printed': method<{ printed: number; reprints: number }>()({
    effect: 'write',
    input: z.object({
      ids: z.array(id).min(1).max(1000),
      format: z.enum(['a4', 'card']),
      reason: optionalText(REASON_MAX),
    }),
    access: TRAINERS,
  }),
  /** The print views' content: the facts, the masked or full ID number by role, the signed QR as SVG. */
  'training.certificates.sheets': method<CertificateSheet[]>()({
    effect: 'read',
    input: z.object({ ids: z.array(id).min(1).max(1000) }),
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.qr': method<{ number: string; payload: string }>()({
    effect: 'read',
    input: ref,
    access: CERTIFICATE_READERS,
  }),
  /** 证书查验: writes the outcome to the audit log, hence a write. */
  'training.certificates.verify': method<Verification>()({
    effect: 'write',
    input: z.object({ text: z.string().max(4000) }),
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.settings': method<CertificateSettings>()({
    effect: 'read',
    input: z.object({}),
    access: CERTIFICATE_READERS,
  }),
  'training.certificates.setSettings': method<CertificateSettings>()({
    effect: 'write',
    input: z.object({
      numberPattern: text(FIELD_LIMITS.training_settings.numberPattern + 20).min(1),
      signatory: optionalText(FIELD_LIMITS.training_settings.signatory),
    }),
    access: TRAINERS,
  }),
} as const;

export type CertificateRegisterMethodName = keyof typeof certificateRegisterMethods;
