// Types of the cadres (帮扶干部) shared by core and renderer: the grid's rows and query, and the form's input.
import type { CadreLevel } from '@rules/households';
import type { PersonInput } from '../../people/contract';
import type { SortDirection } from '../contract';

/** A cadre as the grid shows them: the person's name and masked ID, the unit, its level, phone and load. */
export interface CadreRow {
  id: string;
  officeCode: string;
  rowVersion: number;
  personId: string;
  name: string;
  gender: 'M' | 'F' | null;
  /** Always masked here. */
  idNumber: string;
  unit: string | null;
  level: CadreLevel | null;
  /** The cadre's own phone, else the person's mobile. */
  phone: string | null;
  notes: string | null;
  /** Households paired with the cadre now. */
  households: number;
  /** More households than the office's setting allows. */
  overloaded: boolean;
  lastVisit: string | null;
  updatedAt: string;
  updatedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export const CADRE_SORT_COLUMNS = ['name', 'unit', 'level', 'households', 'lastVisit', 'updatedAt'] as const;
export type CadreSortColumn = (typeof CADRE_SORT_COLUMNS)[number];

export interface CadreQuery {
  /** The person's name, pinyin, ID number tail or mobile start; or words of the unit. */
  search?: string;
  level?: CadreLevel;
  overloaded?: boolean;
  officeCode?: string;
  includeVoided?: boolean;
  sort?: { column: CadreSortColumn; direction: SortDirection }[];
}

export interface CadrePage {
  rows: CadreRow[];
  total: number;
}

/** What the form edits on a cadre: unit and level are required there. */
export interface CadreFields {
  unit: string;
  level: CadreLevel;
  phone?: string | null;
  notes?: string | null;
}

/** A new cadre: a person of the registry, or one added to it first. */
export type CadreCreateInput = CadreFields & ({ personId: string } | { person: PersonInput; acceptWarnings?: boolean });
