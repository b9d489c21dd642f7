// 救助类别: the beneficiary categories of the household itself and of each of its members now, with their dates
// (current first, ended ones kept); clerks add one (the household or a member, a category, from a day and, when
// known, to a day), end a current one on a day, or void one entered by mistake.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '@core/households/roster/contract';
import { call } from '../../../api/client';
import { Button, ReasonDialog } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { BeneficiaryDialog, EndDialog, type Held } from './BeneficiaryDialog';

interface Props {
  household: HouseholdDetail;
  canEdit: boolean;
  onChanged(): void;
}

/** The household's memberships and every current member's, the household first. */
async function heldBy(household: HouseholdDetail): Promise<Held[]> {
  const own = (await call('beneficiaries.of', { householdId: household.id })).map((row) => ({
    ...row,
    who: household.number,
  }));
  const members = await Promise.all(
    household.members.map(async (member) =>
      (await call('beneficiaries.of', { personId: member.personId })).map((row) => ({ ...row, who: member.name })),
    ),
  );
  return [...own, ...members.flat()];
}

export function BeneficiariesTab({ household, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const b = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.beneficiaries.${key}`, values);
  const [version, setVersion] = useState(0);
  const [rows] = useLoad(() => heldBy(household), [household, version]);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Held | null>(null);
  const [voiding, setVoiding] = useState<Held | null>(null);
  const changed = () => {
    setAdding(false);
    setEnding(null);
    setVoiding(null);
    setVersion((v) => v + 1);
    onChanged();
  };

  return (
    <div className="hh-tab">
      <div className="toolbar">
        {canEdit && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            {b('add')}
          </Button>
        )}
        <span className="muted">{b('intro')}</span>
      </div>
      {rows?.length === 0 && <p className="muted">{b('empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="table hh-table" aria-label={b('title')}>
          <thead>
            <tr>
              <th>{b('who')}</th>
              <th>{b('category')}</th>
              <th>{b('fromDate')}</th>
              <th>{b('toDate')}</th>
              <th>{b('notes')}</th>
              {canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.toDate ? 'is-inactive' : undefined}>
                <td>{row.householdId ? b('household', { number: row.who }) : row.who}</td>
                <td>{row.categoryName}</td>
                <td>{row.fromDate}</td>
                <td>{row.toDate ?? b('current')}</td>
                <td>{row.notes}</td>
                {canEdit && (
                  <td className="hh-row-actions">
                    {!row.toDate && <Button onClick={() => setEnding(row)}>{b('end')}</Button>}
                    <Button variant="quiet" onClick={() => setVoiding(row)}>
                      {b('void')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <BeneficiaryDialog open={adding} household={household} onClose={() => setAdding(false)} onSaved={changed} />
      <EndDialog held={ending} onClose={() => setEnding(null)} onSaved={changed} />
      <ReasonDialog
        open={voiding !== null}
        title={b('voidTitle', { who: voiding?.who ?? '', category: voiding?.categoryName ?? '' })}
        reasonLabel={b('voidReason')}
        submitLabel={b('void')}
        onClose={() => setVoiding(null)}
        onSubmit={async (reason) => {
          await call('beneficiaries.void', { id: voiding!.id, reason });
          changed();
        }}
      />
    </div>
  );
}
