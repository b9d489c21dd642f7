// A small record form described by fields (text, whole number, yuan, choice, tick, date), used by every
// reference list of the warehouse. Values are checked here so the keeper sees the problem by the field.
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '@api/dates';
import { NUMBER_INPUT_MAX } from '@api/limits';
import { errorText } from '@renderer/i18n';
import { DateInput, Dialog, FormField, isChanged } from '@renderer/ui';
import { fenToYuan, yuanToFen } from '../money';

export type FieldKind = 'text' | 'int' | 'money' | 'select' | 'check' | 'date' | 'textarea';
export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  /** The longest text the contract takes (a text or textarea field). */
  maxLength?: number;
  /** Suggestions for a text field. */
  suggestions?: string[];
}
export type Draft = Record<string, string | boolean>;
export type Values = Record<string, string | number | boolean | null>;

/** A row's values as the form's text. */
export function draftOf(fields: FieldSpec[], row: Record<string, unknown> | null): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    const value = row?.[field.name];
    if (field.kind === 'check') draft[field.name] = Boolean(value);
    else if (field.kind === 'money')
      draft[field.name] = typeof value === 'number' ? fenToYuan(value).replace(/,/g, '') : '';
    else draft[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

function valuesOf(
  t: (key: string) => string,
  fields: FieldSpec[],
  draft: Draft,
): { values: Values; problems: Record<string, string> } {
  const values: Values = {};
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const raw = draft[field.name];
    if (field.kind === 'check') {
      values[field.name] = Boolean(raw);
      continue;
    }
    const text = String(raw ?? '').trim();
    if (!text) {
      if (field.required) problems[field.name] = t('stock.setup.required');
      values[field.name] = null;
      continue;
    }
    if (field.kind === 'int') {
      if (!/^\d+$/.test(text)) problems[field.name] = t('stock.setup.invalidNumber');
      values[field.name] = Number(text);
    } else if (field.kind === 'money') {
      const fen = yuanToFen(text);
      if (fen === undefined) problems[field.name] = t('stock.setup.invalidMoney');
      values[field.name] = fen ?? 0;
    } else if (field.kind === 'date') {
      // The date field itself says what is wrong with the date; the empty problem only stops the save.
      if (!isIsoDate(text)) problems[field.name] = '';
      values[field.name] = text;
    } else {
      values[field.name] = text;
    }
  }
  return { values, problems };
}

interface Props {
  open: boolean;
  title: string;
  fields: FieldSpec[];
  initial: Draft;
  onClose(): void;
  onSave(values: Values): Promise<void>;
}

export function RecordForm({ open, title, fields, initial, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Only opening the form starts its draft: lists reloaded behind an open form (the categories on a tab change)
  // hand it a new but equal initial, which must not wipe what the keeper has typed.
  const start = useEffectEvent(() => {
    setDraft(initial);
    setProblems({});
    setError(null);
  });
  useEffect(() => {
    if (open) start();
  }, [open]);

  const submit = async () => {
    const { values, problems: found } = valuesOf(t, fields, draft);
    setProblems(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(values);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const set = (name: string, value: string | boolean) => {
    setDraft((current) => ({ ...current, [name]: value }));
    setProblems(({ [name]: _fixed, ...rest }) => rest);
  };

  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      submitLabel={t('common.save')}
      dirty={isChanged(draft, initial)}
    >
      <div className="record-form">
        {fields.map((field) =>
          field.kind === 'check' ? (
            <label key={field.name} className="check record-form-wide">
              <input
                type="checkbox"
                checked={Boolean(draft[field.name])}
                onChange={(event) => set(field.name, event.target.checked)}
              />
              <span className="check-label">{field.label}</span>
              {field.hint && <span className="check-help">{field.hint}</span>}
            </label>
          ) : (
            <FormField
              key={field.name}
              label={field.label}
              required={field.required}
              hint={field.hint}
              error={problems[field.name]}
              className={field.kind === 'textarea' ? 'record-form-wide' : undefined}
            >
              {control(field, String(draft[field.name] ?? ''), (value) => set(field.name, value), t('stock.choose'))}
            </FormField>
          ),
        )}
        {fields
          .filter((field) => field.suggestions)
          .map((field) => (
            <datalist key={field.name} id={`suggest-${field.name}`}>
              {field.suggestions!.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          ))}
      </div>
    </Dialog>
  );
}

function control(field: FieldSpec, value: string, onValue: (value: string) => void, chooseText: string) {
  if (field.kind === 'select') {
    return (
      <select value={value} onChange={(event) => onValue(event.target.value)}>
        <option value="">{chooseText}</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'date') return <DateInput value={value} onValue={onValue} />;
  if (field.kind === 'textarea')
    return (
      <textarea rows={2} maxLength={field.maxLength} value={value} onChange={(event) => onValue(event.target.value)} />
    );
  return (
    <input
      type="text"
      value={value}
      autoComplete="off"
      maxLength={field.kind === 'text' ? field.maxLength : NUMBER_INPUT_MAX}
      list={field.suggestions ? `suggest-${field.name}` : undefined}
      inputMode={field.kind === 'int' ? 'numeric' : field.kind === 'money' ? 'decimal' : undefined}
      className={field.kind === 'int' || field.kind === 'money' ? 'input-number' : undefined}
      onChange={(event) => onValue(event.target.value)}
    />
  );
}
