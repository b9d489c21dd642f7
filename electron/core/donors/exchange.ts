// The 三献 register travels to the city only while the office's setting says so (settings.ts): registrations after
// the people they are, donations after their registrations. At the city every reference must point at a record of
// the same county, and only 三献管理员 reads them there. The setting itself stays home.
import { donorDonations, donorRegistrations } from '@db/schema';
import type { OptIn } from '../exchange/registry';
import { registerTravelling } from '../stock/exchange';
import { donorsTravel } from './settings';

const optIn: OptIn = { travels: donorsTravel, switchTable: 'donor_settings' };

registerTravelling([
  { table: donorRegistrations, references: { person_id: 'people' }, optIn },
  { table: donorDonations, min: { amount_ml: 1 }, references: { registration_id: 'donor_registrations' }, optIn },
]);
