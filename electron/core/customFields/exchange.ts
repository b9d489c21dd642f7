// Custom field definitions travel in packages like every record table, so the city reads a county's values with
// that county's labels. Checked as entry checks them: the key's form, a JSON array of choices within their limits.
import { customFields } from '@db/schema';
import { CUSTOM_CHOICE_MAX, CUSTOM_CHOICES_MAX, CUSTOM_FIELD_KEY, CUSTOM_FIELD_ROSTERS } from '@rules/customFields';
import { registerExchangeTable } from '../exchange/registry';
import type { ExchangeRecord } from '../exchange/types';
import { tableRules } from '../exchange/validation/columns';
import { shortText } from '../exchange/validation/identify';
import { invalid, type RecordProblem } from '../exchange/validation/problem';
import { syncCustomFieldIndexes } from './indexes';

function isChoiceList(json: string): boolean {
  try {
    const parsed: unknown = JSON.parse(json);
    return (
      Array.isArray(parsed) &&
      parsed.length <= CUSTOM_CHOICES_MAX &&
      parsed.every((c) => typeof c === 'string' && c.trim() !== '' && [...c].length <= CUSTOM_CHOICE_MAX)
    );
  } catch {
    return false;
  }
}

function checkDefinition(record: ExchangeRecord): RecordProblem | null {
  const f = record.fields;
  if (!CUSTOM_FIELD_KEY.test(f['key'] as string)) return invalid('key', 'type');
  if ((f['label_zh'] as string).trim() === '') return invalid('label_zh', 'required');
  if ((f['label_en'] as string).trim() === '') return invalid('label_en', 'required');
  if (!isChoiceList(f['choices'] as string)) return invalid('choices', 'type');
  return null;
}

registerExchangeTable({
  name: 'custom_fields',
  validate: tableRules(customFields, { min: { sort_order: 0 }, extra: checkDefinition }),
  // The city sorts and filters a county's grid fields as the county does.
  afterApply: (ctx) => CUSTOM_FIELD_ROSTERS.forEach((roster) => syncCustomFieldIndexes(ctx, roster)),
  describe: (record) =>
    typeof record.fields['label_zh'] === 'string' ? { record: shortText(record.fields['label_zh']) } : {},
});
