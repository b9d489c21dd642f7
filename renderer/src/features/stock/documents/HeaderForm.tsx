// The header of a document: its date (业务日期, may be in the past), warehouse(s), and by type the source
// of a receipt (donor / allocating office / supplier and tender) or the destination of an issue.
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import { ISSUE_DESTINATIONS, type DocumentType } from '@core/stock/contract';
import { DateInput, FormField } from '@renderer/ui';
import type { StockRefs } from '../useRefs';
import type { HeaderDraft } from './draft';
import { HouseholdPicker } from './HouseholdPicker';

/** The header's text limits as the contract has them (absent for dates and choices). */
const HEADER_LIMITS: Partial<Record<string, number>> = FIELD_LIMITS.stock_documents;

const RECEIPT_CHOICES = ['donation', 'allocation', 'purchase', 'other'] as const;

interface Props {
  type: DocumentType;
  header: HeaderDraft;
  refs: StockRefs;
  readOnly: boolean;
  /** The warehouse of a count is fixed once its list is made. */
  warehouseLocked: boolean;
  problems: Record<string, string>;
  onChange(patch: Partial<HeaderDraft>): void;
}

export function HeaderForm({ type, header, refs, readOnly, warehouseLocked, problems, onChange }: Props) {
  const { t } = useTranslation();
  const select = (field: keyof HeaderDraft, options: { value: string; label: string }[], disabled = readOnly) => (
    <select
      value={String(header[field])}
      disabled={disabled}
      onChange={(event) => onChange({ [field]: event.target.value })}
    >
      <option value="">{t('stock.choose')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  const input = (field: keyof HeaderDraft) => (
    <input
      type="text"
      value={String(header[field])}
      readOnly={readOnly}
      maxLength={HEADER_LIMITS[field]}
      onChange={(event) => onChange({ [field]: event.target.value })}
    />
  );
  const warehouses = refs.warehouses.map((w) => ({ value: w.id, label: w.name }));

  return (
    <div className="doc-header-form">
      <FormField label={t('stock.field.documentDate')} required error={problems.documentDate}>
        <DateInput
          value={header.documentDate}
          readOnly={readOnly}
          onValue={(documentDate) => onChange({ documentDate })}
        />
      </FormField>
      <FormField
        label={t(type === 'transfer' ? 'stock.editor.fromWarehouse' : 'stock.editor.warehouse')}
        required
        error={problems.warehouseId}
      >
        {select('warehouseId', warehouses, readOnly || warehouseLocked)}
      </FormField>
      {type === 'transfer' && (
        <FormField label={t('stock.editor.toWarehouse')} required error={problems.toWarehouseId}>
          {select(
            'toWarehouseId',
            warehouses.filter((w) => w.value !== header.warehouseId),
          )}
        </FormField>
      )}
      {type === 'receipt' && (
        <>
          <FormField label={t('stock.editor.sourceKind')} required>
            {select(
              'sourceKind',
              RECEIPT_CHOICES.map((kind) => ({ value: kind, label: t(`stock.source.${kind}`) })),
            )}
          </FormField>
          {header.sourceKind === 'donation' && (
            <FormField label={t('stock.editor.donor')} required error={problems.donorId}>
              {select(
                'donorId',
                refs.donors.map((d) => ({
                  value: d.id,
                  label: d.anonymous ? `${d.name}（${t('stock.field.anonymous')}）` : d.name,
                })),
              )}
            </FormField>
          )}
          {header.sourceKind === 'allocation' && (
            <FormField label={t('stock.editor.allocationFrom')} required error={problems.allocationFrom}>
              {input('allocationFrom')}
            </FormField>
          )}
          {header.sourceKind === 'purchase' && (
            <>
              <FormField label={t('stock.editor.supplier')} required error={problems.supplier}>
                {input('supplier')}
              </FormField>
              <FormField label={t('stock.editor.tenderRef')} error={problems.tenderRef}>
                {input('tenderRef')}
              </FormField>
            </>
          )}
        </>
      )}
      {type === 'issue' && (
        <>
          <FormField label={t('stock.editor.destinationKind')} required>
            {select(
              'destinationKind',
              ISSUE_DESTINATIONS.map((kind) => ({ value: kind, label: t(`stock.destination.${kind}`) })),
            )}
          </FormField>
          {header.destinationKind === 'household' && (
            <FormField label={t('stock.editor.household')} required error={problems.householdPersonId}>
              <HouseholdPicker
                id="doc-household"
                value={{ personId: header.householdPersonId, name: header.householdName }}
                disabled={readOnly}
                onChange={(personId, name) => onChange({ householdPersonId: personId, householdName: name })}
              />
            </FormField>
          )}
          {header.destinationKind === 'event' && (
            <FormField label={t('stock.editor.event')} required error={problems.eventId}>
              {select(
                'eventId',
                refs.events.map((e) => ({ value: e.id, label: `${e.name}（${e.date}）` })),
              )}
            </FormField>
          )}
          {header.destinationKind === 'office' && (
            <FormField label={t('stock.editor.destinationOffice')} required error={problems.destinationOffice}>
              {input('destinationOffice')}
            </FormField>
          )}
          {header.destinationKind === 'internal' && (
            <FormField label={t('stock.editor.internalUse')} required error={problems.internalUse}>
              {input('internalUse')}
            </FormField>
          )}
        </>
      )}
      <FormField label={t('stock.editor.handledBy')}>{input('handledBy')}</FormField>
      <FormField label={t('stock.editor.notes')} className="doc-notes">
        {input('notes')}
      </FormField>
    </div>
  );
}
