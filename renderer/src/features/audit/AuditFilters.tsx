// The audit viewer's filters: user, operation (by its Chinese label), a local date range and a record id.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METHOD_LABELS } from '@api/auditLabels';
import { isIsoDate } from '@api/dates';
import { ACCOUNT_LIMITS } from '@api/limits';
import type { AuditQuery } from '@core/audit/methods';
import { Button, DateInput, FormField, TextInput } from '../../ui';

export type AuditFilter = Pick<AuditQuery, 'username' | 'method' | 'recordId' | 'from' | 'to'>;

const METHOD_CHOICES = Object.entries(METHOD_LABELS).filter(([method]) => !method.startsWith('cli.'));

export function AuditFilters({ onApply }: { onApply(filter: AuditFilter): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ username: '', method: '', recordId: '', from: '', to: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  // A mistyped date is shown by its field and nothing is asked for until it is put right.
  const apply = () =>
    [form.from, form.to].every((date) => !date || isIsoDate(date)) &&
    onApply(Object.fromEntries(Object.entries(form).filter(([, value]) => value.trim() !== '')));

  return (
    <form
      className="toolbar audit-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <TextInput
        label={t('audit.user')}
        value={form.username}
        onValue={set('username')}
        maxLength={ACCOUNT_LIMITS.username}
      />
      <FormField label={t('audit.method')}>
        <select value={form.method} onChange={(event) => set('method')(event.target.value)}>
          <option value="">{t('audit.allMethods')}</option>
          {METHOD_CHOICES.map(([method, label]) => (
            <option key={method} value={method}>
              {label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('audit.from')}>
        <DateInput value={form.from} onValue={set('from')} />
      </FormField>
      <FormField label={t('audit.to')}>
        <DateInput value={form.to} onValue={set('to')} />
      </FormField>
      <TextInput label={t('audit.recordId')} value={form.recordId} onValue={set('recordId')} maxLength={100} />
      <Button type="submit" variant="primary">
        {t('audit.apply')}
      </Button>
    </form>
  );
}
