// Types of the training reference data shared by core and renderer: course kinds, the names recognised on
// import, township populations and the office's annual targets.
import type { TrainingKindCategory } from '@rules/training/kinds';

export interface TrainingKindRow {
  id: string;
  rowVersion: number;
  code: string | null;
  name: string;
  category: TrainingKindCategory;
  renewsKindId: string | null;
  certificateTitle: string | null;
  nominalHours: number;
  validityMonths: number;
  renewalGraceMonths: number;
  passMark: number;
  skills: string[];
  absenceLimitHours: number;
  qualifiesInstructors: boolean;
  sortOrder: number;
  voided: boolean;
  voidReason: string | null;
}

/** What an office may edit on a kind (built-in or its own). */
export interface TrainingKindPatch {
  name?: string;
  nominalHours?: number;
  validityMonths?: number;
  renewalGraceMonths?: number;
  passMark?: number;
  skills?: string[];
  absenceLimitHours?: number;
  certificateTitle?: string | null;
  qualifiesInstructors?: boolean;
}

export interface TrainingKindInput extends TrainingKindPatch {
  name: string;
  category: TrainingKindCategory;
  renewsKindId?: string | null;
  nominalHours: number;
}

export interface KindAliasRow {
  id: string;
  alias: string;
  kindId: string;
  kindName: string;
}

export interface PopulationRow {
  id: string;
  township: string;
  population: number;
}

export interface TargetRow {
  id: string;
  year: number;
  certifiedTarget: number | null;
  popularTarget: number | null;
  /** 户籍人口 of the year: the annual report's certified share is counted against it. */
  population: number | null;
}
