// The 三献 register -> core. Every method that touches donor records passes donorKeeper first: the router lets an
// admin through any role list, the register does not (rules/roles.ts maySeeDonors).
import type { HandlersFor } from '../handler';
import { listPeople } from '../people/query';
import { createPerson } from '../people/service';
import { officeCodeOf } from '../stock/office';
import { auditDonorRead, donorKeeper } from './access';
import { addDonation, voidDonation } from './donations';
import { exportRegistrations } from './export';
import type { DonorMethodName } from './methods';
import { donorPerson } from './person';
import { donorOfficeOf, listRegistrations } from './query';
import { createRegistration, updateRegistration, voidRegistration } from './registrations';
import { donorSettingsOf, setDonorTravel } from './settings';
import { donorStats } from './stats';

export const donorHandlers: HandlersFor<DonorMethodName> = {
  'donors.list': (ctx, input) => {
    const page = listRegistrations(donorKeeper(ctx), input);
    auditDonorRead(ctx, { offset: input.offset, registrationIds: page.rows.map((r) => r.id) });
    return page;
  },
  'donors.person': (ctx, input) => donorPerson(donorKeeper(ctx), input.personId, input.officeCode),
  'donors.findPeople': (ctx, input) =>
    listPeople(donorKeeper(ctx), { search: input.search, officeCode: officeCodeOf(ctx), offset: 0, limit: 8 }).rows,
  'donors.addPerson': (ctx, input) =>
    createPerson({ ...donorKeeper(ctx), method: 'people.create' }, input.person, input.acceptWarnings ?? false),
  'donors.register': (ctx, input) => createRegistration(donorKeeper(ctx), input),
  'donors.update': (ctx, input) => updateRegistration(donorKeeper(ctx), input.id, input.rowVersion, input.patch),
  'donors.void': (ctx, input) => voidRegistration(donorKeeper(ctx), input.id, input.reason),
  'donors.donations.add': (ctx, input) => addDonation(donorKeeper(ctx), input),
  'donors.donations.void': (ctx, input) => voidDonation(donorKeeper(ctx), input.id, input.reason),
  'donors.export': (ctx, input) => exportRegistrations(donorKeeper(ctx), input),
  'donors.stats': (ctx, input) => donorStats(ctx, donorOfficeOf(ctx, input.officeCode)),
  'donors.settings.get': (ctx) => donorSettingsOf(ctx),
  'donors.settings.setTravel': (ctx, input) => setDonorTravel(ctx, input.travelsToCity),
};
