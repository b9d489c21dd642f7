// Households (户) and everything issue #14 keeps about them except the 三献 register: members with their history and
// each member's labour, health and schooling, the poverty file (扶贫手册) with its status history, incomes and measures,
// beneficiary categories (救助对象) and who is in them, cadres (帮扶干部), pairings (结对) and visits (走访记录).
// A household's size is derived from its open memberships. Periods run from `from_date` to `to_date` (null: open).
// Records are voided with a reason, never deleted.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CADRE_LEVELS,
  HEALTH_STATUSES,
  HOUSEHOLD_ATTRIBUTES,
  HOUSEHOLD_RELATIONS,
  HOUSING_SAFETY_GRADES,
  LABOUR_STATUSES,
  MEASURE_KINDS,
  MONITORING_CATEGORIES,
  POVERTY_CAUSES,
  POVERTY_STATUSES,
  SCHOOL_STAGES,
} from '../../rules/households';
import { recordColumns } from './record';

export const households = sqliteTable(
  'households',
  {
    ...recordColumns(),
    /** 户编号: the national system's number, or {office code}H{seq} when none is given. */
    number: text('number').notNull(),
    /** The head (户主): a person of the registry, also a member with relation 本人. */
    headPersonId: text('head_person_id').notNull(),
    attribute: text('attribute', { enum: HOUSEHOLD_ATTRIBUTES }).notNull().default('general'),
    township: text('township'),
    village: text('village'),
    /** 组 (村民小组). */
    villageGroup: text('village_group'),
    /** The rest of the address (门牌). */
    address: text('address'),
    phone: text('phone'),
    notes: text('notes'),
    /** An office's own fields (JSON object: field key -> value). */
    customFields: text('custom_fields'),
  },
  (t) => [
    uniqueIndex('households_number').on(t.officeCode, t.number),
    // Covering: the grid walking people by name checks each head's households in the index alone.
    index('households_head').on(t.headPersonId, t.officeCode, t.voided, t.attribute, t.id),
    // The grid filtered or sorted by place or by attribute: pages in the index's order (numbers within).
    index('households_place').on(t.officeCode, t.voided, t.township, t.village, t.villageGroup, t.number),
    index('households_attribute').on(t.officeCode, t.voided, t.attribute, t.number),
    index('households_updated').on(t.officeCode, t.updatedAt),
    index('households_created').on(t.officeCode, t.createdAt),
  ],
);

/**
 * A person in a household from a date to a date, with their facts (扶贫手册 成员信息): moving keeps the old row,
 * ended, and opens a new one.
 */
export const householdMembers = sqliteTable(
  'household_members',
  {
    ...recordColumns(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    relation: text('relation', { enum: HOUSEHOLD_RELATIONS }).notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    /** Why the membership ended (迁出, 去世, 婚出, moved to another household ...). */
    endReason: text('end_reason'),
    /** The member's labour, health and schooling while in the household (all optional; a move takes them along). */
    labour: text('labour', { enum: LABOUR_STATUSES }),
    health: text('health', { enum: HEALTH_STATUSES }),
    disabilityCardNumber: text('disability_card_number'),
    /** 1 (一级) to 4 (四级). */
    disabilityGrade: integer('disability_grade'),
    /** 在校生: the stage; null when not in school. */
    schoolStage: text('school_stage', { enum: SCHOOL_STAGES }),
  },
  (t) => [
    // A person is in at most one household at a time (the core refuses first, with the household it is in).
    uniqueIndex('household_members_person_current')
      .on(t.personId)
      .where(sql`to_date IS NULL AND voided = 0`),
    index('household_members_person').on(t.personId, t.fromDate),
    // A household's current members (its size) and its history.
    index('household_members_household').on(t.householdId, t.voided, t.toDate, t.relation),
  ],
);

/** The poverty file of a supported household (one live per household). */
export const povertyFiles = sqliteTable(
  'poverty_files',
  {
    ...recordColumns(),
    householdId: text('household_id').notNull(),
    mainCause: text('main_cause', { enum: POVERTY_CAUSES }).notNull(),
    secondaryCause: text('secondary_cause', { enum: POVERTY_CAUSES }),
    /** 识别 / 建档立卡 date. */
    identifiedDate: text('identified_date'),
    status: text('status', { enum: POVERTY_STATUSES }).notNull().default('assisted'),
    monitoringCategory: text('monitoring_category', { enum: MONITORING_CATEGORIES }),
    /** Since when the status holds (脱贫 date, 纳入监测 date). */
    statusDate: text('status_date'),
    /** Cultivated land in hundredths of a mu (亩), housing area in hundredths of a square metre. */
    landAreaHundredthsMu: integer('land_area_hundredths_mu'),
    housingAreaHundredthsM2: integer('housing_area_hundredths_m2'),
    housingSafetyGrade: text('housing_safety_grade', { enum: HOUSING_SAFETY_GRADES }),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('poverty_files_household')
      .on(t.householdId)
      .where(sql`voided = 0`),
    // The grid's filters by status and by cause, read from the index alone.
    index('poverty_files_status').on(t.officeCode, t.status, t.voided, t.householdId),
    index('poverty_files_cause').on(t.officeCode, t.mainCause, t.voided, t.householdId),
  ],
);

/** Each change of a file's status (帮扶中 -> 已脱贫 -> 监测对象 ...), with its date. */
export const povertyStatusChanges = sqliteTable(
  'poverty_status_changes',
  {
    ...recordColumns(),
    householdId: text('household_id').notNull(),
    fromStatus: text('from_status', { enum: POVERTY_STATUSES }).notNull(),
    fromCategory: text('from_category', { enum: MONITORING_CATEGORIES }),
    toStatus: text('to_status', { enum: POVERTY_STATUSES }).notNull(),
    toCategory: text('to_category', { enum: MONITORING_CATEGORIES }),
    changeDate: text('change_date').notNull(),
    reason: text('reason'),
  },
  (t) => [index('poverty_status_changes_household').on(t.householdId, t.changeDate)],
);

/** A household's income of one year (家庭年收入), in fen. */
export const householdIncomes = sqliteTable(
  'household_incomes',
  {
    ...recordColumns(),
    householdId: text('household_id').notNull(),
    year: integer('year').notNull(),
    incomeFen: integer('income_fen').notNull(),
  },
  (t) => [
    uniqueIndex('household_incomes_year')
      .on(t.householdId, t.year)
      .where(sql`voided = 0`),
  ],
);

/** 帮扶措施 (一户一策): project, scale, funds, period, and the result the household signed for. */
export const povertyMeasures = sqliteTable(
  'poverty_measures',
  {
    ...recordColumns(),
    householdId: text('household_id').notNull(),
    kind: text('kind', { enum: MEASURE_KINDS }),
    project: text('project').notNull(),
    scale: text('scale'),
    fundsFen: integer('funds_fen'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    result: text('result'),
    /** The household signed for the result (签字). */
    acknowledged: integer('acknowledged', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
  },
  (t) => [index('poverty_measures_household').on(t.householdId, t.voided, t.startDate)],
);

/** 救助对象 categories (低保, 特困, 残疾 ...): the office's editable list. */
export const beneficiaryCategories = sqliteTable(
  'beneficiary_categories',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    notes: text('notes'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('beneficiary_categories_name_live')
      .on(t.officeCode, t.name)
      .where(sql`voided = 0`),
  ],
);

/** A person or a household in a category from a date to a date (exactly one of the two is named). */
export const beneficiaryMemberships = sqliteTable(
  'beneficiary_memberships',
  {
    ...recordColumns(),
    categoryId: text('category_id').notNull(),
    personId: text('person_id'),
    householdId: text('household_id'),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    notes: text('notes'),
  },
  (t) => [
    // A category's people and households now (a campaign choosing households by category).
    index('beneficiary_memberships_category').on(t.categoryId, t.voided, t.toDate, t.householdId),
    index('beneficiary_memberships_person').on(t.personId),
    index('beneficiary_memberships_household').on(t.householdId),
  ],
);

/** 帮扶干部: a person of the registry with unit, unit level and phone. */
export const householdCadres = sqliteTable(
  'household_cadres',
  {
    ...recordColumns(),
    personId: text('person_id').notNull(),
    /** Required by the cadre form; a pairing list may name a cadre before the unit is known. */
    unit: text('unit'),
    level: text('level', { enum: CADRE_LEVELS }),
    phone: text('phone'),
    notes: text('notes'),
  },
  (t) => [
    uniqueIndex('household_cadres_person_live')
      .on(t.officeCode, t.personId)
      .where(sql`voided = 0`),
    index('household_cadres_unit').on(t.officeCode, t.level, t.unit, t.voided),
  ],
);

/** A cadre paired with a household from a date to a date; a change of cadre ends one and starts another. */
export const householdPairings = sqliteTable(
  'household_pairings',
  {
    ...recordColumns(),
    cadreId: text('cadre_id').notNull(),
    householdId: text('household_id').notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    endReason: text('end_reason'),
  },
  (t) => [
    // A household's current cadre and its cadre history; a cadre's households now (the load alert).
    index('household_pairings_household').on(t.householdId, t.voided, t.toDate, t.fromDate),
    index('household_pairings_cadre').on(t.cadreId, t.voided, t.toDate),
    // Covering: the overdue list counts the office's open pairings begun by a day from the index alone.
    index('household_pairings_open').on(t.officeCode, t.voided, t.toDate, t.fromDate, t.householdId, t.cadreId),
  ],
);

/** 走访记录: what a cadre found and did, help in money (fen) and goods (a warehouse issue), and the 签字. */
export const householdVisits = sqliteTable(
  'household_visits',
  {
    ...recordColumns(),
    householdId: text('household_id').notNull(),
    cadreId: text('cadre_id').notNull(),
    visitDate: text('visit_date').notNull(),
    found: text('found'),
    done: text('done'),
    moneyFen: integer('money_fen').notNull().default(0),
    /** The warehouse issue that carried the goods (stock_documents); stock moves only when it is posted. */
    stockDocumentId: text('stock_document_id'),
    acknowledged: integer('acknowledged', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    // The last visit of a pairing (household x cadre), read from the index alone.
    index('household_visits_pairing')
      .on(t.householdId, t.cadreId, t.visitDate)
      .where(sql`voided = 0`),
    index('household_visits_date').on(t.officeCode, t.voided, t.visitDate),
    index('household_visits_cadre').on(t.cadreId, t.visitDate),
    index('household_visits_document').on(t.stockDocumentId),
  ],
);

/** The office's household settings (one live row): the alert thresholds. */
export const householdSettings = sqliteTable('household_settings', {
  ...recordColumns(),
  overdueMonths: integer('overdue_months').notNull(),
  cadreMaxHouseholds: integer('cadre_max_households').notNull(),
});

/** The last household number taken per office ('household'): never reused; local. */
export const householdSequences = sqliteTable(
  'household_sequences',
  {
    officeCode: text('office_code').notNull(),
    scope: text('scope').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.scope] })],
);
