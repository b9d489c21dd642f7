// The longest text each field of a travelling record may hold, in characters: one list read by every door a
// value comes in by - the contract (entry), the people and opening-stock imports, the city's package apply -
// and by the county's check before it writes a package. Keys are the drizzle property names of db/schema.
// Identifiers, dates and times are checked by their form (core/exchange/validation/columns.ts), enums by value.
import { CUSTOM_LABEL_MAX } from './customFields';
import { RESCUE_LIST_MAX, RESCUE_LIST_NAME_MAX } from './rescue';

/** A record's custom field values as stored JSON (50 fields of up to 500 characters, with room for keys and quotes). */
export const CUSTOM_VALUES_MAX = 30_000;
/** A choice field's list as stored JSON (100 choices of up to 50 characters). */
export const CUSTOM_CHOICES_JSON_MAX = 6_000;

/** Who entered or changed a record (a user name or display name). */
export const USER_MAX = 100;
/** A record's id or a reference to one (a UUID; 64 leaves room for other forms). */
export const ID_MAX = 64;
/** Why a record was voided or reversed, as typed in the void dialog. */
export const REASON_MAX = 500;
/** A person's name as checkPerson counts it. */
export const NAME_MAX = 50;
/** A name as typed: checkPerson squeezes spaces and counts characters, where a rare character takes two. */
export const NAME_INPUT_MAX = 100;
/** An ID number as typed (spaces, dashes, a 15-digit legacy number); stored it is 18 characters. */
export const ID_NUMBER_INPUT_MAX = 40;

/** An office's name, typed at first run and corrected by an administrator. */
export const OFFICE_NAME_MAX = 100;
/** A password as typed (the rules ask for at least 10 characters: passwordRules.ts). */
export const PASSWORD_MAX = 200;
/** Text typed into a search box. */
export const SEARCH_MAX = 100;
/** A key card's fingerprint as typed to compare it (digits, spaces). */
export const FINGERPRINT_INPUT_MAX = 200;
/** ID numbers pasted to find a campaign's households (thousands of lines). */
export const ID_LIST_MAX = 400_000;
/** A quantity or an amount in yuan as typed (digits, thousands commas, a decimal point): beyond it no count is real. */
export const NUMBER_INPUT_MAX = 15;

/** A preference is a small JSON value; a grid's column state is about 2 KB. */
export const PREFERENCE_MAX_BYTES = 32 * 1024;
/** Rows of an update listed in the import preview (each may be unticked); the rest are updated as shown in the counts. */
export const IMPORT_CHANGES_SHOWN = 2000;

/** A user account as typed in the user form and at first run (not a travelling table). */
export const ACCOUNT_LIMITS = { username: 50, displayName: 50 } as const;

/** The record columns of every table (db/schema/record.ts). */
export const RECORD_LIMITS = {
  createdBy: USER_MAX,
  updatedBy: USER_MAX,
  voidedBy: USER_MAX,
  voidReason: REASON_MAX,
} as const;

export const FIELD_LIMITS = {
  people: {
    name: NAME_MAX,
    idNumber: 18,
    mobile: 40,
    phone: 40,
    township: 100,
    village: 100,
    workUnit: 200,
    notes: 2000,
    customFields: CUSTOM_VALUES_MAX,
  },
  custom_fields: {
    key: 10,
    labelZh: CUSTOM_LABEL_MAX,
    labelEn: CUSTOM_LABEL_MAX * 2,
    choices: CUSTOM_CHOICES_JSON_MAX,
  },
  stock_categories: { name: 50 },
  stock_items: { code: 50, name: 100, unit: 20, specification: 200, notes: 1000 },
  stock_warehouses: { code: 50, name: 100, address: 200, keeper: 50, phone: 40, notes: 1000 },
  stock_locations: { code: 50, name: 100 },
  stock_quotas: {},
  stock_donors: { name: 200, contact: 100, phone: 40, address: 200, notes: 1000 },
  stock_events: { name: 200, kind: 50, place: 200, notes: 1000 },
  stock_lots: { lotNumber: 100 },
  stock_documents: {
    number: 50,
    allocationFrom: 200,
    supplier: 200,
    tenderRef: 100,
    destinationOffice: 200,
    internalUse: 200,
    handledBy: 50,
    notes: 2000,
    approvedBy: USER_MAX,
    approvedByName: USER_MAX,
    postedBy: USER_MAX,
    postedByName: USER_MAX,
    reversalReason: REASON_MAX,
  },
  stock_document_lines: { lotNumber: 100, reasonNote: 500, expiredOverrideReason: 500, notes: 500 },
  stock_movements: {},
  stock_month_locks: { lockedByName: USER_MAX },
  stock_campaigns: { name: 200, notes: 2000 },
  stock_campaign_items: {},
  stock_campaign_households: {},
  training_kinds: { code: 30, name: 50, certificateTitle: 50, skills: 1000 },
  training_kind_aliases: { alias: 50 },
  training_populations: { township: 100 },
  training_targets: {},
  training_settings: { numberPattern: 40, signatory: 50 },
  training_courses: {
    number: 40,
    title: 200,
    venue: 200,
    township: 100,
    village: 100,
    hostUnit: 200,
    fundingSource: 100,
    instructorsConfirmedBy: USER_MAX,
    notes: 2000,
  },
  training_course_instructors: {},
  training_enrolments: { attendance: 200, skillResults: 1000 },
  training_certificates: {
    number: 40,
    signatory: 50,
    township: 100,
    workUnit: 200,
    revokedBy: USER_MAX,
    revokeReason: REASON_MAX,
  },
  training_certificate_prints: { reason: REASON_MAX },
  volunteers: {
    number: 30,
    statusReason: REASON_MAX,
    guardianName: NAME_MAX,
    guardianPhone: 40,
    notes: 2000,
    customFields: 20_000,
  },
  volunteer_groups: { name: 50, notes: 500 },
  volunteer_group_members: {},
  volunteer_settings: { starThresholds: 200 },
  volunteer_activities: { name: 200, organiser: 200, place: 200, content: 2000, startTime: 5, endTime: 5 },
  volunteer_service_records: {
    startTime: 5,
    endTime: 5,
    backfillReason: REASON_MAX,
    decidedBy: USER_MAX,
    rejectReason: REASON_MAX,
  },
  volunteer_proofs: {
    number: 30,
    periodStart: 10,
    periodEnd: 10,
    content: 4000,
    issuerName: OFFICE_NAME_MAX,
    personInCharge: NAME_MAX,
    handler: NAME_MAX,
    contact: 100,
  },
  members: {
    unitName: OFFICE_NAME_MAX * 2,
    creditCode: 18,
    contactName: NAME_MAX,
    contactPhone: 40,
    unitPinyinFull: 800,
    unitPinyinInitials: 200,
    school: 100,
    className: 50,
    cardNumber: 40,
    approvingUnit: OFFICE_NAME_MAX * 2,
    statusDate: 10,
    statusReason: REASON_MAX,
    notes: 2000,
    customFields: 20_000,
  },
  member_status_changes: { changeDate: 10, reason: REASON_MAX, transferTo: OFFICE_NAME_MAX * 2 },
  member_dues: { paidDate: 10, receiptNumber: 40, collectedBy: USER_MAX },
  member_settings: { duesCaps: 500 },
  rescue_settings: {
    teamTypes: RESCUE_LIST_MAX * (RESCUE_LIST_NAME_MAX + 3) + 2,
    roles: RESCUE_LIST_MAX * (RESCUE_LIST_NAME_MAX + 3) + 2,
  },
  rescue_teams: { number: 30, name: 50, type: RESCUE_LIST_NAME_MAX, contactPhone: 40, notes: 2000 },
  rescue_team_members: { role: RESCUE_LIST_NAME_MAX, leaveReason: REASON_MAX, customFields: CUSTOM_VALUES_MAX },
  rescue_team_equipment: { note: 500 },
  rescue_drills: { place: 200, content: 2000, startTime: 5, endTime: 5 },
  rescue_drill_attendance: {},
  donor_registrations: { place: 200, registrationNumber: 50, consentBy: 100, notes: 2000 },
  donor_donations: { place: 200, notes: 1000 },
  donor_settings: {},
  households: {
    number: 40,
    township: 100,
    village: 100,
    villageGroup: 50,
    address: 200,
    phone: 40,
    notes: 2000,
    customFields: CUSTOM_VALUES_MAX,
  },
  household_members: { endReason: REASON_MAX, disabilityCardNumber: 30 },
  poverty_files: { notes: 2000 },
  poverty_status_changes: { reason: REASON_MAX },
  household_incomes: {},
  poverty_measures: { project: 200, scale: 200, result: 2000, notes: 1000 },
  beneficiary_categories: { name: 50, notes: 500 },
  beneficiary_memberships: { notes: 500 },
  household_cadres: { unit: 200, phone: 40, notes: 1000 },
  household_pairings: { endReason: REASON_MAX },
  household_visits: { found: 2000, done: 2000 },
  household_settings: {},
} as const satisfies Record<string, Record<string, number>>;

export type LimitedTable = keyof typeof FIELD_LIMITS;
