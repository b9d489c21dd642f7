// A roster's custom fields as the forms, grids and the settings page read them, and their labels in the
// clerk's language. In the city, a county's records are shown with that county's fields.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { CustomFieldRoster } from '@rules/customFields';
import { call } from '../../api/client';

export function useCustomFields(
  roster: CustomFieldRoster,
  options: { officeCode?: string; includeHidden?: boolean; version?: number } = {},
): CustomFieldRow[] {
  const { officeCode, includeHidden, version } = options;
  const [fields, setFields] = useState<CustomFieldRow[]>([]);
  useEffect(() => {
    let live = true;
    call('customFields.list', { roster, ...(officeCode ? { officeCode } : {}), includeHidden })
      .then((found) => live && setFields(found))
      .catch(() => live && setFields([]));
    return () => {
      live = false;
    };
  }, [roster, officeCode, includeHidden, version]);
  return fields;
}

export function fieldLabel(field: Pick<CustomFieldRow, 'labelZh' | 'labelEn'>, language: string): string {
  return language === 'en' ? field.labelEn : field.labelZh;
}

/** The label function of the current language. */
export function useFieldLabel(): (field: Pick<CustomFieldRow, 'labelZh' | 'labelEn'>) => string {
  const { i18n } = useTranslation();
  return (field) => fieldLabel(field, i18n.language);
}
