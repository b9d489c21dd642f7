// Households travel in packages after the people they are: the households, memberships with their history and the
// members' facts, the poverty files with status history, incomes and measures, beneficiary categories and who is in
// them, cadres, pairings and visits, and the office's settings. At the city every reference must point at a record
// of the same county, and a household's custom values have the stored form (rules/customFields.ts). The household
// number sequence stays local.
import {
  beneficiaryCategories,
  beneficiaryMemberships,
  householdCadres,
  householdIncomes,
  householdMembers,
  householdPairings,
  households,
  householdSettings,
  householdVisits,
  povertyFiles,
  povertyMeasures,
  povertyStatusChanges,
} from '@db/schema';
import { storedCustomValuesProblem } from '../customFields/recordCheck';
import { registerTravelling } from '../stock/exchange';

const ofHousehold = { household_id: 'households' } as const;

registerTravelling([
  { table: households, references: { head_person_id: 'people' }, extra: storedCustomValuesProblem },
  { table: householdMembers, min: { disability_grade: 1 }, references: { ...ofHousehold, person_id: 'people' } },
  { table: povertyFiles, min: { land_area_hundredths_mu: 0, housing_area_hundredths_m2: 0 }, references: ofHousehold },
  { table: povertyStatusChanges, references: ofHousehold },
  { table: householdIncomes, min: { year: 1950, income_fen: 0 }, references: ofHousehold },
  { table: povertyMeasures, min: { funds_fen: 0 }, references: ofHousehold },
  { table: beneficiaryCategories, min: { sort_order: 0 } },
  {
    table: beneficiaryMemberships,
    references: { category_id: 'beneficiary_categories', person_id: 'people', ...ofHousehold },
  },
  { table: householdCadres, references: { person_id: 'people' } },
  { table: householdPairings, references: { cadre_id: 'household_cadres', ...ofHousehold } },
  {
    table: householdVisits,
    min: { money_fen: 0 },
    references: { cadre_id: 'household_cadres', stock_document_id: 'stock_documents', ...ofHousehold },
  },
  { table: householdSettings, min: { overdue_months: 1, cadre_max_households: 1 } },
]);
