// 家庭年收入: the household's income of each year in 元 (kept in fen); a clerk sets a year's figure (a second one
// replaces the first) or clears it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdIncome } from '@core/households/poverty/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, FormField, useToast } from '../../../ui';
import { fenToYuan, yuanToFen } from '../units';

interface Props {
  householdId: string;
  incomes: HouseholdIncome[];
  canEdit: boolean;
  onSaved(): void;
}

export function IncomesPanel({ householdId, incomes, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const p = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.poverty.${key}`, values);
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (forYear: number, incomeFen: number | null) => {
    setBusy(true);
    setError(null);
    try {
      await call('households.incomes.save', { householdId, year: forYear, incomeFen });
      toast.show(p(incomeFen === null ? 'incomeCleared' : 'incomeSaved', { year: forYear }), 'success');
      setAmount('');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const add = () => {
    const fen = yuanToFen(amount);
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1950 || y > 2199) return setError(p('yearInvalid'));
    if (fen === null || fen === undefined) return setError(p('amountInvalid'));
    void save(y, fen);
  };

  return (
    <div className="hh-incomes">
      <h3 className="hh-subhead">{p('incomeTitle')}</h3>
      {incomes.length === 0 ? (
        <p className="muted">{p('noIncome')}</p>
      ) : (
        <table className="table hh-table">
          <thead>
            <tr>
              <th>{p('year')}</th>
              <th className="num">{p('income')}</th>
              {canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {incomes.map((income) => (
              <tr key={income.id}>
                <td>{income.year}</td>
                <td className="num">{fenToYuan(income.incomeFen)}</td>
                {canEdit && (
                  <td>
                    <Button variant="quiet" onClick={() => void save(income.year, null)} disabled={busy}>
                      {p('clearIncome', { year: income.year })}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <div className="hh-inline-form">
          <FormField label={p('year')}>
            <input
              type="text"
              inputMode="numeric"
              value={year}
              maxLength={4}
              onChange={(e) => setYear(e.target.value)}
            />
          </FormField>
          <FormField label={p('incomeYuan')}>
            <input
              type="text"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </FormField>
          <Button onClick={add} busy={busy} disabled={!amount.trim()}>
            {p('setIncome')}
          </Button>
          {error && <span className="field-error">{error}</span>}
        </div>
      )}
    </div>
  );
}
