// 新建/编辑发放活动: name, date, the warehouse goods leave from, an optional disaster event, and the
// goods every household receives (e.g. 1 床棉被 + 1 袋大米).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '@api/dates';
import { FIELD_LIMITS, NUMBER_INPUT_MAX } from '@api/limits';
import type { CampaignDetail } from '@core/stock/campaigns/contract';
import { errorText } from '@renderer/i18n';
import { Button, DateInput, Dialog, FormField, isChanged } from '@renderer/ui';
import { stockCall } from '../api';
import { parseQuantity } from '../money';
import { today, useStockRefs } from '../useRefs';

interface Props {
  open: boolean;
  detail: CampaignDetail | null;
  onClose(): void;
  onSaved(detail: CampaignDetail): void;
}
interface ItemDraft {
  itemId: string;
  quantity: string;
}

/** What the form holds, as plain values to compare with what it opened with. */
const snapshot = (name: string, date: string, eventId: string, items: ItemDraft[]) => ({
  name,
  date,
  eventId,
  items: items.map((item) => `${item.itemId}×${item.quantity}`),
});

export function CampaignForm({ open, detail, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const refs = useStockRefs(open);
  const [name, setName] = useState('');
  const [date, setDate] = useState(today);
  const [warehouseId, setWarehouseId] = useState('');
  const [eventId, setEventId] = useState('');
  const [items, setItems] = useState<ItemDraft[]>([{ itemId: '', quantity: '1' }]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [start, setStart] = useState(() => snapshot('', '', '', []));

  useEffect(() => {
    if (!open) return;
    const c = detail?.campaign;
    setName(c?.name ?? '');
    setDate(c?.date ?? today());
    setWarehouseId(c?.warehouseId ?? '');
    setEventId(c?.eventId ?? '');
    const startItems = detail?.items.map((item) => ({
      itemId: item.itemId,
      quantity: String(item.quantityPerHousehold),
    })) ?? [{ itemId: '', quantity: '1' }];
    setItems(startItems);
    setStart(snapshot(c?.name ?? '', c?.date ?? today(), c?.eventId ?? '', startItems));
    setError(null);
  }, [open, detail]);
  useEffect(() => {
    if (open && !warehouseId && refs.warehouses.length === 1) setWarehouseId(refs.warehouses[0]!.id);
  }, [open, refs.warehouses, warehouseId]);

  const submit = async () => {
    const chosen = items.filter((item) => item.itemId);
    if (
      !name.trim() ||
      !isIsoDate(date) ||
      !warehouseId ||
      !chosen.length ||
      chosen.some((item) => !parseQuantity(item.quantity))
    ) {
      setError(t('errors.INPUT_INVALID'));
      return;
    }
    const input = {
      name: name.trim(),
      date,
      warehouseId,
      eventId: eventId || null,
      items: chosen.map((item) => ({ itemId: item.itemId, quantityPerHousehold: parseQuantity(item.quantity)! })),
    };
    setBusy(true);
    setError(null);
    try {
      onSaved(
        detail
          ? await stockCall('stock.campaigns.update', {
              id: detail.campaign.id,
              rowVersion: detail.campaign.rowVersion,
              patch: input,
            })
          : await stockCall('stock.campaigns.create', input),
      );
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const setItem = (index: number, patch: Partial<ItemDraft>) =>
    setItems((current) => current.map((item, at) => (at === index ? { ...item, ...patch } : item)));

  return (
    <Dialog
      open={open}
      title={detail ? detail.campaign.name : t('stock.campaigns.add')}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      error={error}
      width="large"
      submitLabel={t('common.save')}
      dirty={isChanged(snapshot(name, date, eventId, items), start)}
    >
      <div className="record-form">
        <FormField label={t('stock.campaigns.name')} required className="record-form-wide">
          <input
            type="text"
            value={name}
            maxLength={FIELD_LIMITS.stock_campaigns.name}
            onChange={(event) => setName(event.target.value)}
            placeholder="2026年博爱送万家"
          />
        </FormField>
        <FormField label={t('stock.campaigns.date')} required>
          <DateInput value={date} onValue={setDate} />
        </FormField>
        <FormField label={t('stock.campaigns.warehouse')} required>
          <select value={warehouseId} onChange={(event) => setWarehouseId(event.target.value)}>
            <option value="">{t('stock.choose')}</option>
            {refs.warehouses.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('stock.campaigns.eventOptional')} className="record-form-wide">
          <select value={eventId} onChange={(event) => setEventId(event.target.value)}>
            <option value="">{t('common.none')}</option>
            {refs.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}（{e.date}）
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <fieldset>
        <legend>{t('stock.campaigns.items')}</legend>
        {items.map((item, index) => (
          <div key={index} className="campaign-item-row">
            <select
              aria-label={`${t('stock.editor.item')} ${index + 1}`}
              value={item.itemId}
              onChange={(event) => setItem(index, { itemId: event.target.value })}
            >
              <option value="">{t('stock.choose')}</option>
              {refs.items.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.code} {candidate.name}
                  {candidate.specification ? ` (${candidate.specification})` : ''}
                </option>
              ))}
            </select>
            <input
              type="text"
              inputMode="numeric"
              className="input-number"
              aria-label={`${t('stock.campaigns.perHousehold')} ${index + 1}`}
              maxLength={NUMBER_INPUT_MAX}
              value={item.quantity}
              onChange={(event) => setItem(index, { quantity: event.target.value })}
            />
            <span className="muted">{refs.items.find((candidate) => candidate.id === item.itemId)?.unit ?? ''}</span>
            <button
              type="button"
              className="cell-link cell-link-danger"
              onClick={() => setItems((current) => current.filter((_, at) => at !== index))}
            >
              {t('stock.editor.removeLine')}
            </button>
          </div>
        ))}
        <Button onClick={() => setItems((current) => [...current, { itemId: '', quantity: '1' }])}>
          {t('stock.campaigns.addItem')}
        </Button>
      </fieldset>
    </Dialog>
  );
}
