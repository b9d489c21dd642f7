// Saving people from the grid: a typed cell (people.update with the row's version, one save at a time
// per row so versions never race) and a new person (people.create); a refusal for warnings alone is put
// to the user, who may resend with acceptWarnings.
import type { FieldIssue, PersonField, PersonInput, PersonRow, PersonSaveResult } from '@core/people/contract';
import type { CustomValue } from '@rules/customFields';
import { call } from '../../api/client';
import { fieldInput } from './fields';
import { issuesOf, onlyWarnings } from './issues';

export type AskWarnings = (name: string, issues: FieldIssue[]) => Promise<boolean>;

/** Runs save(false); when refused for warnings only and the user accepts, save(true). Null: the user declined. */
export async function withWarnings(
  name: string,
  ask: AskWarnings,
  save: (acceptWarnings: boolean) => Promise<PersonSaveResult>,
): Promise<PersonSaveResult | null> {
  try {
    return await save(false);
  } catch (error) {
    if (!onlyWarnings(error)) throw error;
    return (await ask(name, issuesOf(error)!)) ? save(true) : null;
  }
}

export function createPerson(person: PersonInput, ask: AskWarnings): Promise<PersonSaveResult | null> {
  return withWarnings(person.name, ask, (acceptWarnings) => call('people.create', { person, acceptWarnings }));
}

const rowQueues = new Map<string, Promise<unknown>>();

/** Saves one field of a row after the saves already queued for that row; reads the version at send time. */
export function updateField(
  current: () => PersonRow,
  field: PersonField,
  text: string,
  ask: AskWarnings,
): Promise<PersonSaveResult | null> {
  return updatePatch(current, { [field]: fieldInput(field, text) } as Partial<PersonInput>, ask);
}

/** Saves one custom field's value (null clears it), queued like any cell of the row. */
export function updateCustomField(
  current: () => PersonRow,
  key: string,
  value: CustomValue | null,
  ask: AskWarnings,
): Promise<PersonSaveResult | null> {
  return updatePatch(current, { customFields: { [key]: value } }, ask);
}

function updatePatch(
  current: () => PersonRow,
  patch: Partial<PersonInput>,
  ask: AskWarnings,
): Promise<PersonSaveResult | null> {
  const id = current().id;
  const run = async () => {
    const row = current();
    return withWarnings(row.name, ask, (acceptWarnings) =>
      call('people.update', { id, rowVersion: row.rowVersion, patch, acceptWarnings }),
    );
  };
  const previous = rowQueues.get(id) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => undefined);
  rowQueues.set(id, settled);
  void settled.then(() => {
    if (rowQueues.get(id) === settled) rowQueues.delete(id);
  });
  return next;
}
