// First-aid training (应急救护培训): course kinds, courses with their trainees, attendance and exam results, and the
// certificates (救护员证) issued from them or brought in from a legacy register. Certificates are never edited
// after issue except to revoke them or count a reprint; a renewal (复训) is a new certificate naming the old one.
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TRAINING_KIND_CATEGORIES, TRAINING_SECTORS } from '../../rules/training/kinds';
import { recordColumns } from './record';

export const CERTIFICATE_SOURCES = ['course', 'single', 'legacy'] as const;
export const PRINT_FORMATS = ['a4', 'card'] as const;

/** Course kinds (editable): 普及培训, 初级救护员, 救护员, 救护师资 and a 复训 for each certified kind. */
export const trainingKinds = sqliteTable(
  'training_kinds',
  {
    ...recordColumns(),
    /** The built-in kind this row was seeded from (rules/training/kinds.ts DEFAULT_KINDS), null for an office's own. */
    code: text('code'),
    name: text('name').notNull(),
    category: text('category', { enum: TRAINING_KIND_CATEGORIES }).notNull(),
    /** A renewal course renews certificates of this certified kind, and issues certificates of that kind. */
    renewsKindId: text('renews_kind_id'),
    /** What a certified kind's certificates say (救护员); null for 普及 and renewals. */
    certificateTitle: text('certificate_title'),
    nominalHours: integer('nominal_hours').notNull(),
    validityMonths: integer('validity_months').notNull().default(36),
    renewalGraceMonths: integer('renewal_grace_months').notNull().default(12),
    passMark: integer('pass_mark').notNull().default(80),
    /** JSON array of the skills examined (CPR, AED, 止血, 包扎, 固定, 搬运). */
    skills: text('skills').notNull().default('[]'),
    absenceLimitHours: integer('absence_limit_hours').notNull().default(4),
    /** A valid certificate of this kind lets its holder teach courses (救护师资). */
    qualifiesInstructors: integer('qualifies_instructors', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('training_kinds_name_live')
      .on(t.officeCode, t.name)
      .where(sql`voided = 0`),
  ],
);

/** Names clerks use for a kind (红十字救护员, 救护员(初级)), recognised on import; compared after normaliseKindAlias. */
export const trainingKindAliases = sqliteTable(
  'training_kind_aliases',
  {
    ...recordColumns(),
    alias: text('alias').notNull(),
    kindId: text('kind_id').notNull(),
  },
  (t) => [
    uniqueIndex('training_kind_aliases_live')
      .on(t.officeCode, t.alias)
      .where(sql`voided = 0`),
  ],
);

/** 户籍人口 of a township, for "占户籍人口 x%". */
export const trainingPopulations = sqliteTable(
  'training_populations',
  {
    ...recordColumns(),
    township: text('township').notNull(),
    population: integer('population').notNull(),
  },
  (t) => [
    uniqueIndex('training_populations_live')
      .on(t.officeCode, t.township)
      .where(sql`voided = 0`),
  ],
);

/**
 * An office's figures for a year: its targets (persons newly certified, 普及 attendances) and its registered
 * population (户籍人口) that year, the whole of which the annual report's certified share is counted against.
 */
export const trainingTargets = sqliteTable(
  'training_targets',
  {
    ...recordColumns(),
    year: integer('year').notNull(),
    certifiedTarget: integer('certified_target'),
    popularTarget: integer('popular_target'),
    population: integer('population'),
  },
  (t) => [
    uniqueIndex('training_targets_live')
      .on(t.officeCode, t.year)
      .where(sql`voided = 0`),
  ],
);

/** The office's certificate settings (one live row): number pattern and the default signatory. */
export const trainingSettings = sqliteTable('training_settings', {
  ...recordColumns(),
  numberPattern: text('number_pattern').notNull(),
  signatory: text('signatory'),
});

/** The last sequence number used per pattern scope (the year, or '' for a pattern without {year}): never reused. */
export const trainingSequences = sqliteTable(
  'training_sequences',
  {
    officeCode: text('office_code').notNull(),
    scope: text('scope').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.scope] })],
);

/** A course (培训班); 普及 courses may record a head count only, without trainees. */
export const trainingCourses = sqliteTable(
  'training_courses',
  {
    ...recordColumns(),
    /** {office code}-{year}-{seq}. */
    number: text('number').notNull(),
    kindId: text('kind_id').notNull(),
    title: text('title').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    /** Half-day sessions. */
    sessions: integer('sessions').notNull(),
    venue: text('venue'),
    township: text('township'),
    village: text('village'),
    sector: text('sector', { enum: TRAINING_SECTORS }).notNull(),
    hostUnit: text('host_unit'),
    capacity: integer('capacity'),
    fundingSource: text('funding_source'),
    /** 普及 without a list of trainees: how many attended (人次). */
    headCount: integer('head_count'),
    /** An approver confirmed the course although an instructor holds no valid 救护师资 certificate on its dates. */
    instructorsConfirmedBy: text('instructors_confirmed_by'),
    instructorsConfirmedAt: text('instructors_confirmed_at'),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('training_courses_number').on(t.officeCode, t.number),
    index('training_courses_start').on(t.startDate, t.voided),
  ],
);

export const trainingCourseInstructors = sqliteTable(
  'training_course_instructors',
  {
    ...recordColumns(),
    courseId: text('course_id').notNull(),
    personId: text('person_id').notNull(),
  },
  (t) => [
    index('training_course_instructors_course').on(t.courseId),
    index('training_course_instructors_person').on(t.personId),
  ],
);

/** A trainee of a course: attendance per session and the exam. */
export const trainingEnrolments = sqliteTable(
  'training_enrolments',
  {
    ...recordColumns(),
    courseId: text('course_id').notNull(),
    personId: text('person_id').notNull(),
    /** One character per session: 'P' present, 'A' absent, '-' not yet marked. */
    attendance: text('attendance').notNull().default(''),
    theoryScore: integer('theory_score'),
    /** JSON object: skill -> passed (true/false); a skill not in it is not yet examined. */
    skillResults: text('skill_results').notNull().default('{}'),
  },
  (t) => [
    uniqueIndex('training_enrolments_live')
      .on(t.courseId, t.personId)
      .where(sql`voided = 0`),
    index('training_enrolments_person').on(t.personId),
  ],
);

export const trainingCertificates = sqliteTable(
  'training_certificates',
  {
    ...recordColumns(),
    /** Unique within the office for ever, voided or not: a number is never reused. */
    number: text('number').notNull(),
    personId: text('person_id').notNull(),
    /** A certified kind (a renewal's certificate is of the kind it renews). */
    kindId: text('kind_id').notNull(),
    courseId: text('course_id'),
    enrolmentId: text('enrolment_id'),
    source: text('source', { enum: CERTIFICATE_SOURCES }).notNull(),
    issueDate: text('issue_date').notNull(),
    expiryDate: text('expiry_date').notNull(),
    signatory: text('signatory'),
    /** The certificate this one renews: that one is superseded (已换证) and never edited. */
    previousId: text('previous_id'),
    /** Where the holder was trained or registered when it was issued (statistics by township, work unit, sector). */
    township: text('township'),
    workUnit: text('work_unit'),
    sector: text('sector', { enum: TRAINING_SECTORS }),
    revokedAt: text('revoked_at'),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
    printCount: integer('print_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('training_certificates_number').on(t.officeCode, t.number),
    index('training_certificates_person').on(t.personId),
    index('training_certificates_expiry').on(t.expiryDate, t.voided),
    index('training_certificates_issue').on(t.issueDate, t.voided),
    // Partial: most certificates of a county that imported its old register have no course or predecessor, and
    // ANALYZE would count an index of nulls as useless (the planner then scanned the table for each trainee).
    index('training_certificates_course_enrolment')
      .on(t.courseId, t.enrolmentId, t.voided)
      .where(sql`course_id IS NOT NULL`),
    /** Whether a certificate is superseded (已换证): a live certificate names it as its previous one. */
    index('training_certificates_renewed')
      .on(t.previousId, t.voided, t.officeCode)
      .where(sql`previous_id IS NOT NULL`),
    // The register grid, newest first (issue_date, id): each filter walks its own index in the grid's order; the
    // main one also holds what the status is derived from, so a status filter reads no row it does not show.
    index('training_certificates_register').on(t.officeCode, t.voided, t.issueDate, t.id, t.expiryDate, t.revokedAt),
    index('training_certificates_register_township').on(t.officeCode, t.voided, t.township, t.issueDate, t.id),
    index('training_certificates_register_kind').on(t.officeCode, t.voided, t.kindId, t.issueDate, t.id),
    index('training_certificates_register_revoked')
      .on(t.officeCode, t.voided, t.issueDate, t.id)
      .where(sql`revoked_at IS NOT NULL`),
    // The statistics (core/training/stats/read.ts) read these alone, never the rows: certificates held on a day
    // (by person: a holder is counted once without a set of every holder), certificates issued in a period, and
    // whether a person held one of a certified kind before.
    index('training_certificates_held')
      .on(t.personId, t.expiryDate, t.issueDate, t.kindId, t.officeCode, t.township, t.sector)
      .where(sql`voided = 0 AND revoked_at IS NULL`),
    index('training_certificates_issued')
      .on(t.issueDate, t.kindId, t.officeCode, t.township, t.sector, t.previousId, t.personId)
      .where(sql`voided = 0`),
    index('training_certificates_person_issued')
      .on(t.personId, t.issueDate, t.kindId)
      .where(sql`voided = 0`),
  ],
);

/** Every print of a certificate: the first, and each reprint with its reason. */
export const trainingCertificatePrints = sqliteTable(
  'training_certificate_prints',
  {
    ...recordColumns(),
    certificateId: text('certificate_id').notNull(),
    format: text('format', { enum: PRINT_FORMATS }).notNull(),
    reprint: integer('reprint', { mode: 'boolean' }).notNull(),
    reason: text('reason'),
  },
  (t) => [index('training_certificate_prints_certificate').on(t.certificateId)],
);

/** A person's photo for the certificate, scaled down to at most 50 KB (JPEG). Local: photos do not travel. */
export const personPhotos = sqliteTable('person_photos', {
  personId: text('person_id').primaryKey(),
  officeCode: text('office_code').notNull(),
  jpeg: blob('jpeg', { mode: 'buffer' }).notNull(),
  bytes: integer('bytes').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/**
 * The signed directory of the city's counties' certificate-signing keys, as a county received it (with a receipt,
 * or as a file). Only the newest accepted one counts; an older one is refused.
 */
export const keyDirectories = sqliteTable('key_directories', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  cityCode: text('city_code').notNull(),
  issuedAt: text('issued_at').notNull(),
  /** The directory as signed (JSON text), and the city's Ed25519 signature over it (base64url). */
  body: text('body').notNull(),
  signature: text('signature').notNull(),
  receivedAt: text('received_at').notNull(),
});
