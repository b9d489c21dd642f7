// 添加字段 / 修改字段: the labels in both languages, the type (fixed once the field exists), the choices of a list,
// required, 在表格中显示. The backend refuses a repeated label or a list without choices, in the clerk's words.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_LABEL_MAX,
  type CustomFieldRoster,
  type CustomFieldType,
} from '@rules/customFields';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Dialog, FormField, isChanged, TextInput } from '../../ui';

interface Props {
  open: boolean;
  /** null: a new field. */
  field: CustomFieldRow | null;
  /** The roster a new field is added to. */
  roster: CustomFieldRoster;
  onClose(): void;
  onSaved(field: CustomFieldRow): void;
}

interface Form {
  labelZh: string;
  labelEn: string;
  type: CustomFieldType;
  choices: string;
  required: boolean;
  inGrid: boolean;
}

const formOf = (field: CustomFieldRow | null): Form => ({
  labelZh: field?.labelZh ?? '',
  labelEn: field?.labelEn ?? '',
  type: field?.type ?? 'text',
  choices: field?.choices.join('\n') ?? '',
  required: field?.required ?? false,
  inGrid: field?.inGrid ?? true,
});

export function CustomFieldDialog({ open, field, roster, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(formOf(null));
  const [start, setStart] = useState<Form>(formOf(null));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setForm(formOf(field));
    setStart(formOf(field));
    setError(null);
  }, [open, field]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  const save = async () => {
    setBusy(true);
    setError(null);
    const choices =
      form.type === 'choice'
        ? form.choices
            .split(/\r?\n/)
            .map((c) => c.trim())
            .filter(Boolean)
        : [];
    const patch = {
      labelZh: form.labelZh,
      labelEn: form.labelEn,
      required: form.required,
      inGrid: form.inGrid,
      ...(form.type === 'choice' ? { choices } : {}),
    };
    try {
      const saved = field
        ? await call('customFields.update', { id: field.id, rowVersion: field.rowVersion, patch })
        : await call('customFields.create', { ...patch, roster, type: form.type });
      onSaved(saved);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={field ? t('customFields.editTitle', { label: field.labelZh }) : t('customFields.addTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      error={error}
      dirty={isChanged(form, start)}
      submitLabel={t('common.save')}
    >
      <div className="custom-field-form">
        <TextInput
          label={t('customFields.labelZh')}
          value={form.labelZh}
          onValue={(value) => set('labelZh', value)}
          maxLength={CUSTOM_LABEL_MAX}
          required
          autoFocus
        />
        <TextInput
          label={t('customFields.labelEn')}
          value={form.labelEn}
          onValue={(value) => set('labelEn', value)}
          maxLength={CUSTOM_LABEL_MAX * 2}
          required
        />
        <FormField label={t('customFields.type')} hint={field ? t('customFields.typeFixed') : undefined}>
          <select
            value={form.type}
            disabled={field !== null}
            onChange={(event) => set('type', event.target.value as CustomFieldType)}
          >
            {CUSTOM_FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`customFields.types.${type}`)}
              </option>
            ))}
          </select>
        </FormField>
        {form.type === 'choice' && (
          <FormField label={t('customFields.choices')} required>
            <textarea rows={4} value={form.choices} onChange={(event) => set('choices', event.target.value)} />
          </FormField>
        )}
        <label className="check">
          <input type="checkbox" checked={form.required} onChange={(event) => set('required', event.target.checked)} />
          {t('customFields.required')}
        </label>
        <label className="check">
          <input type="checkbox" checked={form.inGrid} onChange={(event) => set('inGrid', event.target.checked)} />
          {t('customFields.inGrid')}
        </label>
      </div>
    </Dialog>
  );
}
