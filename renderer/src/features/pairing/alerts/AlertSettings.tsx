// The office's alert thresholds, inline above the lists: months without a visit, households per cadre. Clerks save.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingSettings } from '@core/pairing/contract';
import { CADRE_MAX_HOUSEHOLDS_RANGE, OVERDUE_MONTHS_RANGE } from '@rules/pairing';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, useToast } from '../../../ui';

interface Props {
  settings: PairingSettings | null;
  canEdit: boolean;
  onSaved(settings: PairingSettings): void;
}

export function AlertSettings({ settings, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const s = (key: string, values: Record<string, unknown> = {}) => t(`alerts.settings.${key}`, values);
  const toast = useToast();
  const [months, setMonths] = useState('');
  const [max, setMax] = useState('');
  useEffect(() => {
    if (!settings) return;
    setMonths(String(settings.overdueMonths));
    setMax(String(settings.cadreMaxHouseholds));
  }, [settings]);
  const save = async () => {
    try {
      const saved = await call('pairing.settings.set', {
        overdueMonths: Number(months),
        cadreMaxHouseholds: Number(max),
      });
      toast.show(s('saved', { months: saved.overdueMonths, max: saved.cadreMaxHouseholds }), 'success');
      onSaved(saved);
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    }
  };
  return (
    <form
      className="vol-filters pairing-settings"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="pairing-inline">
        {s('months')}
        <input
          type="number"
          min={OVERDUE_MONTHS_RANGE.min}
          max={OVERDUE_MONTHS_RANGE.max}
          value={months}
          disabled={!canEdit}
          onChange={(e) => setMonths(e.target.value)}
        />
      </label>
      <label className="pairing-inline">
        {s('max')}
        <input
          type="number"
          min={CADRE_MAX_HOUSEHOLDS_RANGE.min}
          max={CADRE_MAX_HOUSEHOLDS_RANGE.max}
          value={max}
          disabled={!canEdit}
          onChange={(e) => setMax(e.target.value)}
        />
      </label>
      {canEdit && <Button type="submit">{s('save')}</Button>}
    </form>
  );
}
