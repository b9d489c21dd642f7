// The 三献 donor register (无偿献血、造血干细胞、遗体器官捐献): the kinds, the stem-cell matching steps and the
// checks the form, the core and the statistics share. Who may see the register at all: roles.ts maySeeDonors.

/** 无偿献血, 造血干细胞, 人体器官, 遗体. */
export const DONOR_KINDS = ['blood', 'stemCells', 'organ', 'body'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/**
 * A stem-cell volunteer's matching progress, in order: 初配 (first HLA match), 高分辨 (high-resolution typing),
 * 体检 (medical examination), 捐献 (donated). The first three are dates on the registration; 捐献 is the
 * registration's donation record, so a donation is never kept twice.
 */
export const MATCHING_STAGES = ['initialMatch', 'highResolution', 'medicalExam', 'donated'] as const;
export type MatchingStage = (typeof MATCHING_STAGES)[number];

/** The register's tables: their audit entries show no content to a user without the role. */
export const DONOR_RECORD_TABLES: readonly string[] = ['donor_registrations', 'donor_donations'];

/** One blood donation: whole millilitres, at most this much (a whole-blood donation is 200 to 400 ml). */
export const BLOOD_AMOUNT_MAX_ML = 800;

/** The stem-cell dates: 入库血样 (the sample typed into the national bank) and the matching steps, in order. */
export interface MatchingDates {
  sampleDate?: string | null;
  initialMatchDate?: string | null;
  highResolutionDate?: string | null;
  medicalExamDate?: string | null;
}

/** What a registration holds besides its person; the fields of the other kinds stay empty. */
export interface RegistrationFields extends MatchingDates {
  kind: DonorKind;
  registrationDate: string;
  place?: string | null;
  /** Organ and body donation: the registration (志愿书) number and the family's consent, with who gave it. */
  registrationNumber?: string | null;
  familyConsent?: boolean | null;
  consentBy?: string | null;
  notes?: string | null;
}

export type DonorField = keyof RegistrationFields | 'donationDate' | 'amountMl';

export type DonorRuleCode =
  | 'DONOR_FIELD_NOT_FOR_KIND'
  | 'DONOR_DATE_FUTURE'
  | 'DONOR_DATE_BEFORE_REGISTRATION'
  | 'DONOR_STAGE_SKIPPED'
  | 'DONOR_STAGE_ORDER'
  | 'DONOR_CONSENT_BY_REQUIRED'
  | 'DONOR_AMOUNT_REQUIRED'
  | 'DONOR_AMOUNT_NOT_BLOOD'
  | 'DONOR_AMOUNT_RANGE'
  | 'DONOR_DONATION_BEFORE_EXAM';

export type DonorCheck = { ok: true } | { ok: false; code: DonorRuleCode; field: DonorField };

const STEM_CELL_DATES = ['sampleDate', 'initialMatchDate', 'highResolutionDate', 'medicalExamDate'] as const;
const PLEDGE_FIELDS = ['registrationNumber', 'familyConsent', 'consentBy'] as const;

const filled = (value: unknown) => value !== null && value !== undefined && value !== '';
const refuse = (code: DonorRuleCode, field: DonorField): DonorCheck => ({ ok: false, code, field });

/** The fields a kind of registration may hold beyond the common ones. */
export function kindFields(kind: DonorKind): readonly (keyof RegistrationFields)[] {
  if (kind === 'stemCells') return STEM_CELL_DATES;
  if (kind === 'organ' || kind === 'body') return PLEDGE_FIELDS;
  return [];
}

/** The furthest matching step with a date (捐献 when the registration has a live donation); null before 初配. */
export function matchingStage(dates: MatchingDates, donated: boolean): MatchingStage | null {
  if (donated) return 'donated';
  if (dates.medicalExamDate) return 'medicalExam';
  if (dates.highResolutionDate) return 'highResolution';
  if (dates.initialMatchDate) return 'initialMatch';
  return null;
}

/**
 * A registration as the form, the core and an import would refuse it: no field of another kind, no date after
 * `today` or before the registration, the stem-cell steps one after another (a step needs the one before it,
 * and the sample before 初配), and the family's consent naming who gave it.
 */
export function checkRegistration(fields: RegistrationFields, today: string): DonorCheck {
  const own = new Set<string>(kindFields(fields.kind));
  for (const field of [...STEM_CELL_DATES, ...PLEDGE_FIELDS])
    if (!own.has(field) && filled(fields[field])) return refuse('DONOR_FIELD_NOT_FOR_KIND', field);
  if (fields.registrationDate > today) return refuse('DONOR_DATE_FUTURE', 'registrationDate');
  let previous = fields.registrationDate;
  for (const [index, field] of STEM_CELL_DATES.entries()) {
    const date = fields[field];
    if (!date) continue;
    if (date > today) return refuse('DONOR_DATE_FUTURE', field);
    const before = STEM_CELL_DATES[index - 1];
    if (before && !fields[before]) return refuse('DONOR_STAGE_SKIPPED', field);
    if (date < previous) return refuse(index === 0 ? 'DONOR_DATE_BEFORE_REGISTRATION' : 'DONOR_STAGE_ORDER', field);
    previous = date;
  }
  if (fields.familyConsent === true && !filled(fields.consentBy?.trim()))
    return refuse('DONOR_CONSENT_BY_REQUIRED', 'consentBy');
  return { ok: true };
}

/**
 * A donation of a registration of `kind`: not after today; blood with its amount in whole millilitres, every
 * other kind without one; a stem-cell donation after the medical examination (体检) it needs.
 */
export function checkDonation(
  kind: DonorKind,
  donation: { donationDate: string; amountMl?: number | null },
  registration: MatchingDates,
  today: string,
): DonorCheck {
  if (donation.donationDate > today) return refuse('DONOR_DATE_FUTURE', 'donationDate');
  const amount = donation.amountMl ?? null;
  if (kind === 'blood') {
    if (amount === null) return refuse('DONOR_AMOUNT_REQUIRED', 'amountMl');
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > BLOOD_AMOUNT_MAX_ML)
      return refuse('DONOR_AMOUNT_RANGE', 'amountMl');
  } else if (amount !== null) return refuse('DONOR_AMOUNT_NOT_BLOOD', 'amountMl');
  if (kind === 'stemCells') {
    const exam = registration.medicalExamDate;
    if (!exam || donation.donationDate < exam) return refuse('DONOR_DONATION_BEFORE_EXAM', 'donationDate');
  }
  return { ok: true };
}

/** Organ and body donations happen once per registration; blood and stem cells may be given again. */
export function donatesOnce(kind: DonorKind): boolean {
  return kind === 'organ' || kind === 'body';
}
