// 装备: what the team holds from the warehouse catalog (item, quantity in its unit, assigned and returned days).
// A clerk assigns an item, takes it back on a day, or voids an assignment entered by mistake. An assignment is
// a record of who holds what; the warehouse's own issue slip moves the stock.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { EquipmentRow, RescueTeamRow } from '@core/rescue/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Alert, Button, DateInput, Dialog, FormField, ReasonDialog } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';

export function EquipmentTab({ team, canEdit }: { team: RescueTeamRow; canEdit: boolean }) {
  const { t } = useTranslation();
  const e = (key: string, values: Record<string, unknown> = {}) => t(`rescueTeam.equipment.${key}`, values);
  const [showReturned, setShowReturned] = useState(false);
  const [rows, reload] = useLoad(
    () => call('rescue.equipment.list', { teamId: team.id, includeReturned: showReturned }),
    [team.id, showReturned],
  );
  const [returning, setReturning] = useState<EquipmentRow | null>(null);
  const [voiding, setVoiding] = useState<EquipmentRow | null>(null);
  return (
    <div className="rescue-tab">
      <div className="vol-filters">
        <label className="check">
          <input type="checkbox" checked={showReturned} onChange={(ev) => setShowReturned(ev.target.checked)} />
          {e('showReturned')}
        </label>
      </div>
      {rows?.length === 0 && <p className="vol-empty">{e('empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{e('item')}</th>
              <th>{e('quantity')}</th>
              <th>{e('assignedDate')}</th>
              <th>{e('returnedDate')}</th>
              <th>{e('note')}</th>
              {canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <span className="mono">{row.itemCode}</span> {row.itemName}
                  {row.specification ? `（${row.specification}）` : ''}
                </td>
                <td className="num">
                  {row.quantity} {row.unit}
                </td>
                <td>{row.assignedDate}</td>
                <td>{row.returnedDate ?? e('onHand')}</td>
                <td>{row.note ?? ''}</td>
                {canEdit && (
                  <td>
                    {!row.returnedDate && (
                      <button type="button" className="cell-link" onClick={() => setReturning(row)}>
                        {e('return')}
                      </button>
                    )}{' '}
                    <button type="button" className="cell-link cell-link-danger" onClick={() => setVoiding(row)}>
                      {e('void')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <>
          <h3 className="vol-h2">{e('assign')}</h3>
          <AssignForm teamId={team.id} onAssigned={reload} />
        </>
      )}
      <ReturnDialog row={returning} onClose={() => setReturning(null)} onDone={() => (setReturning(null), reload())} />
      <ReasonDialog
        open={voiding !== null}
        title={e('voidTitle', { item: voiding?.itemName ?? '' })}
        reasonLabel={e('voidReason')}
        submitLabel={e('void')}
        onClose={() => setVoiding(null)}
        onSubmit={async (reason) => {
          await call('rescue.equipment.void', { id: voiding!.id, reason });
          setVoiding(null);
          reload();
        }}
      />
    </div>
  );
}

function AssignForm({ teamId, onAssigned }: { teamId: string; onAssigned(): void }) {
  const { t } = useTranslation();
  const e = (key: string) => t(`rescueTeam.equipment.${key}`);
  const [items] = useLoad(() => call('stock.items.list', {}), []);
  const [itemId, setItemId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const assign = async () => {
    setError(null);
    const count = Number(quantity.normalize('NFKC').trim());
    if (!itemId || !Number.isInteger(count) || count < 1) return setError(e('pickItem'));
    setBusy(true);
    try {
      await call('rescue.equipment.assign', {
        teamId,
        itemId,
        quantity: count,
        assignedDate: date,
        note: note || null,
      });
      setItemId('');
      setQuantity('');
      setNote('');
      onAssigned();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  if (items?.length === 0) return <p className="muted">{e('noItems')}</p>;
  return (
    <form
      className="rescue-drill-row"
      aria-label={e('assign')}
      onSubmit={(event) => {
        event.preventDefault();
        void assign();
      }}
    >
      <FormField label={e('item')} required>
        <select value={itemId} onChange={(ev) => setItemId(ev.target.value)}>
          <option value="">{e('pickItem')}</option>
          {(items ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {item.code} {item.name}（{item.unit}）
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={e('quantity')} required>
        <input
          type="text"
          inputMode="numeric"
          value={quantity}
          maxLength={7}
          onChange={(ev) => setQuantity(ev.target.value)}
        />
      </FormField>
      <FormField label={e('assignedDate')} required>
        <DateInput value={date} onValue={setDate} />
      </FormField>
      <FormField label={e('note')}>
        <input
          type="text"
          value={note}
          maxLength={FIELD_LIMITS.rescue_team_equipment.note}
          onChange={(ev) => setNote(ev.target.value)}
        />
      </FormField>
      <Button type="submit" busy={busy}>
        {e('assign')}
      </Button>
      <p className="rescue-note">{e('note2')}</p>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}

function ReturnDialog({ row, onClose, onDone }: { row: EquipmentRow | null; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      open={row !== null}
      title={t('rescueTeam.equipment.returnTitle', { item: row?.itemName ?? '' })}
      onClose={onClose}
      error={error}
      submitLabel={t('rescueTeam.equipment.return')}
      onSubmit={async () => {
        try {
          await call('rescue.equipment.return', { id: row!.id, returnedDate: date });
          setError(null);
          onDone();
        } catch (caught) {
          setError(errorText(t, caught));
        }
      }}
    >
      <FormField label={t('rescueTeam.equipment.returnedDate')} required>
        <DateInput value={date} onValue={setDate} />
      </FormField>
    </Dialog>
  );
}
