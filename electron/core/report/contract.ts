// Types of the annual report (年度统计报表) shared by core, CLI and renderer: the indicators of issue #16 by name,
// their values for one office or the city's total, and what a figure opens (its drill-down).
import type { DonorKind } from '@rules/donors';
import type { Role } from '@rules/roles';
import type { TrainingSector } from '@rules/training/kinds';

/** Every role that reads a roster reads the report (the 三献 figures are counts only). */
export const REPORT_READERS: readonly Role[] = ['clerk', 'approver', 'viewer', 'trainer', 'warehouse', 'donorAdmin'];

/** The indicators in the report's order, by the names issue #16 gives them. */
export const INDICATOR_NAMES = [
  'peopleRegistered',
  'volunteers',
  'volunteerHours',
  'members',
  'youthMembers',
  'groupMembers',
  'membersLapsed',
  'popularAttendances',
  'certificatesIssued',
  'personsWithValidCertificateAtYearEnd',
  'certifiedShareOfPopulation',
  'coursesBySector',
  'stockReceivedValueFen',
  'stockIssuedValueFen',
  'householdsServed',
  'stockValueAtYearEnd',
  'pairedHouseholds',
  'cadres',
  'visits',
  'assistanceFen',
  'householdsExited',
  'donorRegistrations',
] as const;
export type IndicatorName = (typeof INDICATOR_NAMES)[number];

/**
 * What a figure counts, for formatting and for the city's total: people, hours, money in fen and records are summed
 * over the counties; a percent is counted again from the summed parts, never summed.
 */
export type IndicatorUnit = 'people' | 'hours' | 'fen' | 'records' | 'percent';

/** Courses held per 五进 sector; 'none' for courses that name no sector. */
export type SectorCounts = Record<TrainingSector | 'none', number>;
export type DonorKindCounts = Record<DonorKind, number>;

export interface IndicatorValues {
  peopleRegistered: number;
  volunteers: number;
  /** Approved hours (whole or half). */
  volunteerHours: number;
  members: number;
  youthMembers: number;
  groupMembers: number;
  membersLapsed: number;
  popularAttendances: number;
  certificatesIssued: number;
  personsWithValidCertificateAtYearEnd: number;
  /** Percent with two decimals; null where no population is entered. */
  certifiedShareOfPopulation: number | null;
  coursesBySector: SectorCounts;
  stockReceivedValueFen: number;
  stockIssuedValueFen: number;
  householdsServed: number;
  stockValueAtYearEnd: number;
  pairedHouseholds: number;
  cadres: number;
  visits: number;
  assistanceFen: number;
  householdsExited: number;
  donorRegistrations: DonorKindCounts;
}

export interface ReportRange {
  from: string;
  to: string;
}

export interface ReportOffice {
  code: string;
  name: string;
}

export interface AnnualReport extends ReportRange {
  /** The calendar year, or null for a range that is not one. */
  year: number | null;
  office: ReportOffice;
  /** 'total': the city's counties summed (office is the city). */
  scope: 'office' | 'total';
  /** 户籍人口 the share is counted against (the total: of the counties that entered one); null when none. */
  population: number | null;
  indicators: IndicatorValues;
}

/** The city's counties side by side, and their total. */
export interface CountyReports extends ReportRange {
  year: number | null;
  counties: AnnualReport[];
  total: AnnualReport;
}

/**
 * The page whose grid lists the records a figure counts, and its filter (the page's own filter names, values as
 * text; the screen adds the office at the city). Null where the app has no such page.
 */
export interface Drill {
  page: string;
  filter: Record<string, string>;
}

export type Bilingual = Readonly<{ 'zh-CN': string; en: string }>;

/** What the screen, the print and the CLI say about an indicator. */
export interface IndicatorDefinition {
  name: IndicatorName;
  label: Bilingual;
  /** How it is counted: the tooltip and the printed notes. */
  counted: Bilingual;
  unit: IndicatorUnit;
  /** The word after the number (人, 人次, 户, 元 ...). */
  unitLabel: Bilingual;
  drill(range: ReportRange): Drill | null;
}
