// A form's custom fields (the person form, the volunteer form): the roster's visible fields, their draft from the
// stored values when the form opens, the problem of each as typed (a required one once a save was tried), and
// the values a save sends.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldRoster, CustomValue } from '@rules/customFields';
import { isChanged } from '../../ui';
import {
  customDraftOf,
  customDraftProblem,
  customInputValue,
  type CustomDraft,
  type CustomDraftValue,
} from './CustomFieldInput';
import { useCustomFields } from './useCustomFields';

export function useCustomDraft(
  roster: CustomFieldRoster,
  open: boolean,
  record: { officeCode: string; customFields: Record<string, CustomValue> | null } | null,
) {
  const { t } = useTranslation();
  const fields = useCustomFields(roster, { officeCode: record?.officeCode });
  const [draft, setDraft] = useState<CustomDraft>({});
  const [original, setOriginal] = useState<CustomDraft>({});
  const [triedSave, setTriedSave] = useState(false);
  /** Fields the clerk has typed in since the form opened: a late answer of the field list must not wipe them. */
  const typed = useRef(new Set<string>());

  useEffect(() => {
    if (!open) return;
    typed.current.clear();
    setTriedSave(false);
  }, [open, record]);
  useEffect(() => {
    if (!open) return;
    const start = customDraftOf(fields, record?.customFields ?? null);
    const kept = [...typed.current].filter((key) => key in start);
    setDraft((current) => ({ ...start, ...Object.fromEntries(kept.map((key) => [key, current[key]!])) }));
    setOriginal(start);
  }, [open, record, fields]);

  return {
    fields,
    draft,
    dirty: isChanged(draft, original),
    set: (key: string, value: CustomDraftValue) => {
      typed.current.add(key);
      setDraft((current) => ({ ...current, [key]: value }));
    },
    /** The sentence of what is wrong with a field's value, if anything is. */
    problem(key: string): string | undefined {
      const field = fields.find((f) => f.key === key)!;
      const code = customDraftProblem(field, draft[key]);
      return code && (triedSave || code !== 'CUSTOM_FIELD_REQUIRED') ? t(`errors.${code}`) : undefined;
    },
    /** A save is tried: true when a value is wrong (each is then shown). */
    refuses(): boolean {
      setTriedSave(true);
      return fields.some((field) => customDraftProblem(field, draft[field.key]));
    },
    /** The values to send: every field for a new record, the changed ones for an edit; none when nothing changed. */
    changed(isNew: boolean): { customFields: Record<string, CustomValue | null> } | Record<string, never> {
      const changed = fields.filter((f) => isNew || draft[f.key] !== original[f.key]);
      return changed.length
        ? { customFields: Object.fromEntries(changed.map((f) => [f.key, customInputValue(f, draft[f.key])])) }
        : {};
    },
  };
}
