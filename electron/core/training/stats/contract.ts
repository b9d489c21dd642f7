// Types of the training statistics (培训统计) shared by core, CLI and renderer: one period's figures in total,
// by township, by sector (五进), by office (the city: by county) and by month.
import type { TrainingSector } from '@rules/training/kinds';

/** The figures every row of the statistics carries; see stats/tally.ts for how each is counted. */
export interface TrainingFigures {
  /** 场次: live courses whose start date falls in the period. */
  coursesHeld: number;
  /** 普及人次: trainees of 普及 courses, or a course's head count when it lists none. */
  popularAttendances: number;
  /** Certificates of certified kinds issued in the period (a revoked one still counts). */
  certificatesIssued: number;
  /** Distinct persons whose first certificate was issued in the period. */
  personsCertified: number;
  /** Certificates issued in the period that renew an earlier one. */
  renewals: number;
  /** Distinct instructors of the period's courses. */
  instructorsActive: number;
  /** Distinct persons holding a certificate valid on the period's last day. */
  personsWithValidCertificate: number;
}

export interface TownshipFigures extends TrainingFigures {
  /** Null for certificates and courses without a township. */
  township: string | null;
  /** Every county read together (the city): the county the township is in; null when one office is read. */
  officeCode: string | null;
  officeName: string | null;
  /** 户籍人口 from the training settings; null when not entered. */
  population: number | null;
  /** personsWithValidCertificate / population, in percent with two decimals; null without a population. */
  validShare: number | null;
}

export interface SectorFigures extends TrainingFigures {
  sector: TrainingSector | null;
}

export interface OfficeFigures extends TrainingFigures {
  officeCode: string;
  officeName: string;
}

export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  coursesHeld: number;
  popularAttendances: number;
  certificatesIssued: number;
  personsCertified: number;
  renewals: number;
}

export interface TrainingStats {
  from: string;
  to: string;
  /** The office read, or null when the city reads every county together. */
  officeCode: string | null;
  officeName: string;
  total: TrainingFigures;
  /** The year's target of persons newly certified, when the period is one calendar year and a target is set. */
  certifiedTarget: number | null;
  /** personsCertified / certifiedTarget in percent with one decimal; null without a target. */
  targetProgress: number | null;
  /** Total population of the townships entered, and the total share (persons valid / population). */
  population: number | null;
  validShare: number | null;
  byTownship: TownshipFigures[];
  bySector: SectorFigures[];
  byOffice: OfficeFigures[];
  byMonth: MonthFigures[];
}
