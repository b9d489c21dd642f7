// 记录走访 / 修改走访, keyboard-first: the household (found by search, Enter), its cadre (the current one chosen), the
// day, what was found and done, money in yuan, goods from the warehouse's catalog (saved as a draft issue the
// warehouse approves and posts; once it has, the goods are the warehouse's), and the head's signature. Enter in a
// field saves.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '@core/pairing/visits/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { fenToYuan, parseQuantity, yuanToFen } from '../../stock/money';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';
import { CadrePick, HouseholdPick, type PickedCadre, type PickedHousehold } from '../Picks';
import { householdPage } from '../routes';
import { GoodsEditor, NO_GOODS, type GoodsDraft } from './GoodsEditor';

interface Props {
  open: boolean;
  /** The visit edited, or null for a new one (of `household` when the page names it). */
  visit: VisitRow | null;
  household?: PickedHousehold | null;
  onClose(): void;
  onSaved(): void;
}

const OTHER = '__other__';

export function VisitDialog({ open, visit, household: fixedHousehold, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const v = (key: string, values: Record<string, unknown> = {}) => t(`visitForm.${key}`, values);
  const toast = useToast();
  const [household, setHousehold] = useState<PickedHousehold | null>(null);
  const [cadreId, setCadreId] = useState('');
  const [otherCadre, setOtherCadre] = useState<PickedCadre | null>(null);
  const [visitDate, setVisitDate] = useState(today());
  const [found, setFound] = useState('');
  const [done, setDone] = useState('');
  const [money, setMoney] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [goods, setGoods] = useState<GoodsDraft>(NO_GOODS);
  const [voiding, setVoiding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [detail] = useLoad(
    () => (open && visit ? call('pairing.visits.get', { id: visit.id }) : Promise.resolve(null)),
    [open, visit],
  );
  const [cadres] = useLoad(
    () =>
      household
        ? call('pairing.pairings.list', { householdId: household.id, includeEnded: true, offset: 0, limit: 50 })
        : Promise.resolve(null),
    [household?.id],
  );
  const locked = Boolean(visit?.documentStatus && visit.documentStatus !== 'draft');

  useEffect(() => {
    if (!open) return;
    setHousehold(
      visit
        ? {
            id: visit.householdId,
            number: visit.householdNumber,
            headName: visit.headName,
            headIdNumber: visit.headIdNumber,
            township: visit.township,
            village: visit.village,
          }
        : (fixedHousehold ?? null),
    );
    setCadreId(visit?.cadreId ?? '');
    setOtherCadre(null);
    setVisitDate(visit?.visitDate ?? today());
    setFound(visit?.found ?? '');
    setDone(visit?.done ?? '');
    setMoney(visit && visit.moneyFen > 0 ? fenToYuan(visit.moneyFen).replace(/,/g, '') : '');
    setAcknowledged(visit?.acknowledged ?? false);
    setGoods(NO_GOODS);
    setError(null);
  }, [open, visit, fixedHousehold]);
  useEffect(() => {
    if (detail?.warehouseId)
      setGoods({
        warehouseId: detail.warehouseId,
        lines: detail.goodsLines.map((line) => ({ itemId: line.itemId, quantity: String(line.quantity) })),
      });
  }, [detail]);
  useEffect(() => {
    const current = cadres?.rows.find((p) => p.toDate === null);
    if (!visit && current) setCadreId((chosen) => chosen || current.cadreId);
  }, [cadres, visit]);

  const choices = [...new Map((cadres?.rows ?? []).map((p) => [p.cadreId, p])).values()];
  const save = async () => {
    if (!household) return setError(v('pickHousehold'));
    const chosenCadre = cadreId === OTHER ? otherCadre?.id : cadreId;
    if (!chosenCadre) return setError(v('pickCadre'));
    const moneyFen = yuanToFen(money);
    if (moneyFen === undefined) return setError(v('moneyInvalid'));
    const lines = goods.lines.filter((line) => line.itemId);
    const quantities = lines.map((line) => parseQuantity(line.quantity));
    if (quantities.some((q) => !q)) return setError(v('quantityInvalid'));
    const goodsInput =
      goods.warehouseId && lines.length > 0
        ? {
            warehouseId: goods.warehouseId,
            lines: lines.map((line, n) => ({ itemId: line.itemId, quantity: quantities[n]! })),
          }
        : null;
    const fields = {
      cadreId: chosenCadre,
      visitDate,
      found: found.trim() || null,
      done: done.trim() || null,
      moneyFen: moneyFen ?? 0,
      acknowledged,
    };
    setBusy(true);
    setError(null);
    try {
      const row = visit
        ? await call('pairing.visits.update', {
            id: visit.id,
            rowVersion: visit.rowVersion,
            patch: fields,
            ...(locked ? {} : { goods: goodsInput }),
          })
        : await call('pairing.visits.create', { householdId: household.id, ...fields, goods: goodsInput });
      const draftMade = row.documentStatus === 'draft' && row.documentNumber !== visit?.documentNumber;
      toast.show(
        draftMade ? v('savedDraft', { number: row.documentNumber }) : v('saved', { head: row.headName }),
        'success',
      );
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dialog
        open={open && !voiding}
        title={visit ? v('editTitle', { head: visit.headName, date: visit.visitDate }) : v('addTitle')}
        onClose={onClose}
        onSubmit={save}
        busy={busy}
        error={error}
        dirty={found !== (visit?.found ?? '') || done !== (visit?.done ?? '') || money !== '' || goods !== NO_GOODS}
        width="large"
        extraActions={
          visit && (
            <>
              <Button onClick={() => navigate(...householdPage(visit.householdId))}>{v('openHousehold')}</Button>
              <Button variant="danger" onClick={() => setVoiding(true)}>
                {v('void')}
              </Button>
            </>
          )
        }
      >
        <div className="vol-form">
          <fieldset className="pairing-fieldset">
            <legend>{v('household')}</legend>
            <HouseholdPick chosen={household} onChoose={setHousehold} fixed={Boolean(visit || fixedHousehold)} />
          </fieldset>
          <div className="vol-form-row">
            <FormField label={v('cadre')} required>
              <select value={cadreId} onChange={(e) => setCadreId(e.target.value)}>
                <option value="">{v('pickCadre')}</option>
                {choices.map((p) => (
                  <option key={p.cadreId} value={p.cadreId}>
                    {p.cadreName}
                    {p.toDate === null ? v('currentCadre') : ''}
                  </option>
                ))}
                {visit && !choices.some((p) => p.cadreId === visit.cadreId) && (
                  <option value={visit.cadreId}>{visit.cadreName}</option>
                )}
                <option value={OTHER}>{v('otherCadre')}</option>
              </select>
            </FormField>
            <FormField label={v('visitDate')} required>
              <DateInput value={visitDate} onValue={setVisitDate} />
            </FormField>
            <FormField label={v('money')}>
              <input inputMode="decimal" value={money} onChange={(e) => setMoney(e.target.value)} />
            </FormField>
          </div>
          {cadreId === OTHER && <CadrePick chosen={otherCadre} onChoose={setOtherCadre} label={v('findCadre')} />}
          <FormField label={v('found')}>
            <textarea rows={2} maxLength={2000} value={found} onChange={(e) => setFound(e.target.value)} />
          </FormField>
          <FormField label={v('done')}>
            <textarea rows={2} maxLength={2000} value={done} onChange={(e) => setDone(e.target.value)} />
          </FormField>
          {locked ? (
            <p className="notice-warning">
              {v('goodsLocked', {
                number: visit!.documentNumber,
                status: t(`visits.documentStatus.${visit!.documentStatus}`),
              })}
              {'　'}
              {visit!.goods}
            </p>
          ) : (
            <GoodsEditor goods={goods} onChange={setGoods} />
          )}
          <label className="check">
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
            {v('acknowledged')}
          </label>
        </div>
      </Dialog>
      <ReasonDialog
        open={voiding}
        title={v('voidTitle', { head: visit?.headName ?? '', date: visit?.visitDate ?? '' })}
        reasonLabel={v('voidReason')}
        submitLabel={v('void')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          await call('pairing.visits.void', { id: visit!.id, reason });
          setVoiding(false);
          onSaved();
        }}
      />
    </>
  );
}
