// Two real offices for package tests: a county and its city, each a fresh database with office keys
// sealed by a passphrase, each trusting the other's key card as a clerk would (fingerprint typed).
import type { CoreContext } from '@core/context';
import { buildCard, cardText, createOfficeKeys, passphraseSealer, trustOffice } from '@core/exchange/keys';
import type { PersonInput } from '@core/people/contract';
import { createPerson, voidPerson, updatePerson } from '@core/people/service';
import type { Role } from '@rules/roles';
import { generatePeople } from '../../fixtures/people';
import { officeBackend } from '../support';

export const COUNTY_CODE = '321302';
export const CITY_CODE = '321300';

export type ExchangeOffice = ReturnType<typeof exchangeOffice>;

/** An office with keys; `ctx(roles)` carries the passphrase sealer, as the dev host and CLI do. */
export function exchangeOffice(role: 'county' | 'city', code: string) {
  const office = officeBackend(role, code);
  const secrets = passphraseSealer(`passphrase of ${code}`);
  const ctx = (roles: Role[] = ['clerk'], method = 'test'): CoreContext => ({ ...office.as(roles, method), secrets });
  createOfficeKeys(ctx(['admin'], 'keys.init'));
  return { ...office, code, secrets, ctx };
}

export function trust(truster: ExchangeOffice, trusted: ExchangeOffice): void {
  const card = buildCard(trusted.ctx(['admin']));
  trustOffice(truster.ctx(['admin'], 'keys.trust'), cardText(card), card.fingerprint);
}

/** A county and its city that trust each other. */
export function countyAndCity() {
  const county = exchangeOffice('county', COUNTY_CODE);
  const city = exchangeOffice('city', CITY_CODE);
  trust(county, city);
  trust(city, county);
  return { county, city };
}

/** Adds `count` generated people through the clerk's path (journalled); returns their ids. */
export function addPeople(office: ExchangeOffice, count: number, seed = 7): string[] {
  const ctx = office.ctx(['clerk'], 'people.create');
  return generatePeople(count, seed).map((p: PersonInput) => createPerson(ctx, p, true).person.id);
}

export function editPerson(office: ExchangeOffice, id: string, patch: Partial<PersonInput>) {
  const ctx = office.ctx(['clerk'], 'people.update');
  const row = office.store.sqlite.prepare('SELECT row_version FROM people WHERE id = ?').pluck().get(id) as number;
  return updatePerson(ctx, id, row, patch, true).person;
}

export function voidOne(office: ExchangeOffice, id: string, reason = '重复登记') {
  return voidPerson(office.ctx(['clerk'], 'people.void'), id, reason);
}
