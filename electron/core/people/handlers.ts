// The people registry's API methods mapped to the core (the file methods - import, export - are in peopleFiles.ts).
import type { HandlersFor } from '../handler';
import { peopleOffices } from './offices';
import { listPeople, peopleFacets } from './query';
import { createPerson, getPerson, revealIdNumber, updatePerson, voidPerson } from './service';

type PeopleMethods =
  | 'people.list'
  | 'people.facets'
  | 'people.offices'
  | 'people.get'
  | 'people.create'
  | 'people.update'
  | 'people.void'
  | 'people.revealId';

export const peopleHandlers: HandlersFor<PeopleMethods> = {
  'people.list': (ctx, input) => listPeople(ctx, input),
  'people.facets': (ctx, input) => peopleFacets(ctx, input.township),
  'people.offices': (ctx) => peopleOffices(ctx),
  'people.get': (ctx, input) => getPerson(ctx, input.id),
  'people.create': (ctx, input) => createPerson(ctx, input.person, input.acceptWarnings, true),
  'people.update': (ctx, input) => updatePerson(ctx, input.id, input.rowVersion, input.patch, input.acceptWarnings),
  'people.void': (ctx, input) => voidPerson(ctx, input.id, input.reason),
  'people.revealId': (ctx, input) => revealIdNumber(ctx, input.id),
};
