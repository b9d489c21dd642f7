// Custom fields -> core.
import type { HandlersFor } from '../handler';
import { createCustomField, listCustomFields, updateCustomField } from './fields';
import type { CustomFieldMethodName } from './methods';

export const customFieldHandlers: HandlersFor<CustomFieldMethodName> = {
  'customFields.list': (ctx, input) => listCustomFields(ctx, input.roster, input),
  'customFields.create': (ctx, input) => createCustomField(ctx, input),
  'customFields.update': (ctx, input) => updateCustomField(ctx, input.id, input.rowVersion, input.patch),
};
