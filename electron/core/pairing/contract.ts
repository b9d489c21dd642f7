// Paired assistance (结对帮扶) shared by core and renderer: who may do what, and the office's alert settings.
// Clerks keep cadres, pairings and visits (admins may too); everyone who reads the households reads them.
export { HOUSEHOLD_CLERKS as PAIRING_CLERKS, HOUSEHOLD_READERS as PAIRING_READERS } from '../households/contract';

/** The office's alert thresholds (household_settings): months without a visit, households per cadre. */
export interface PairingSettings {
  overdueMonths: number;
  cadreMaxHouseholds: number;
}

export type SortDirection = 'asc' | 'desc';
