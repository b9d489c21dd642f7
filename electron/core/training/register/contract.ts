// The certificate register (证书台账) as the renderer sees it: rows of the grid, a certificate's detail, what
// issuing did, a verification's answer and the office's certificate settings. Pure types.
import type { CertificateStatus } from '@rules/training/certificateDates';
import type { TrainingSector } from '@rules/training/kinds';

export interface CertificateRow {
  id: string;
  number: string;
  /** The issuing office (in the city, a county's certificates are held read-only). */
  officeCode: string;
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Masked (321302********123X) unless the user may reveal ID numbers. */
  idNumber: string;
  kindId: string;
  kindName: string;
  courseId: string | null;
  courseNumber: string | null;
  source: 'course' | 'single' | 'legacy';
  issueDate: string;
  expiryDate: string;
  township: string | null;
  workUnit: string | null;
  sector: TrainingSector | null;
  signatory: string | null;
  previousId: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  printCount: number;
  status: CertificateStatus;
  rowVersion: number;
}

export type CertificateStatusFilter = CertificateStatus;

export interface CertificateQuery {
  search?: string | null;
  status?: CertificateStatusFilter | null;
  kindId?: string | null;
  township?: string | null;
  /** Valid certificates whose last day is within 90 days. */
  expiringSoon?: boolean | null;
  courseId?: string | null;
  /** Whose certificates: this office's when absent; in the city, a county's (read-only). */
  officeCode?: string | null;
}

export interface CertificatePage {
  rows: CertificateRow[];
  total: number;
}

export interface CertificatePrint {
  at: string;
  by: string;
  format: 'a4' | 'card';
  reprint: boolean;
  reason: string | null;
}

export interface CertificateDetail extends CertificateRow {
  officeName: string;
  previousNumber: string | null;
  /** The certificate that renewed this one (已换证), if any. */
  renewedByNumber: string | null;
  prints: CertificatePrint[];
}

/** Who passed and has no certificate from this course yet, before 发证. */
export interface CourseIssuePreview {
  courseId: string;
  kindName: string;
  renewal: boolean;
  endDate: string;
  passed: { personId: string; name: string }[];
  /** Enrolled, not passed (failed, absent too long or not yet examined). */
  notPassed: number;
  alreadyIssued: number;
}

export interface IssueResult {
  issued: number;
  numbers: string[];
  certificateIds: string[];
}

/** One page of the print views: everything printed on a certificate, the QR as SVG markup. */
export interface CertificateSheet {
  id: string;
  number: string;
  officeName: string;
  name: string;
  gender: 'M' | 'F' | null;
  idNumber: string;
  kind: string;
  issueDate: string;
  expiryDate: string;
  signatory: string | null;
  /** data:image/jpeg;base64,... or null. */
  photo: string | null;
  qrText: string;
  qrSvg: string;
  printCount: number;
}

export interface CertificateSettings {
  numberPattern: string;
  signatory: string | null;
  /** What the next certificate would be numbered (no number is taken). */
  example: string;
  rowVersion: number;
}
