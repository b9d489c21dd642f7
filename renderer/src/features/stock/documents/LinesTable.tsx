// The lines of a document as a plain table of inputs (a document has tens of lines, not thousands):
// receipt lines make new lots; issue and transfer lines draw from a lot (expired ones need a reason);
// count lines take the counted quantity and a reason where it differs from the book.
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS, NUMBER_INPUT_MAX } from '@api/limits';
import type { DocumentType, ItemRow, LotBalance } from '@core/stock/contract';
import { ADJUSTMENT_REASONS } from '@core/stock/contract';
import { formatDate } from '@renderer/i18n';
import { DateInput } from '@renderer/ui';
import { countDifference } from '@rules/stockDocuments';
import { fenToYuan, parseQuantity, yuanToFen } from '../money';
import type { LineDraft } from './draft';

/** The lines' text limits as the contract has them (absent for numbers, dates and choices). */
const LINE_LIMITS: Partial<Record<string, number>> = FIELD_LIMITS.stock_document_lines;

interface Props {
  type: DocumentType;
  lines: LineDraft[];
  items: ItemRow[];
  lots: Record<string, LotBalance[]>;
  readOnly: boolean;
  problems: Record<string, string>;
  onChange(key: string, patch: Partial<LineDraft>): void;
  onRemove(key: string): void;
}

/** Lines that name an existing lot: issues, transfers, and the fixed lines of reversals and adjustments. */
function drawsFromLots(type: DocumentType): boolean {
  return type === 'issue' || type === 'transfer' || type === 'reversal' || type === 'adjustment';
}

export function lineValue(type: DocumentType, line: LineDraft, lots: Record<string, LotBalance[]>): number {
  const quantity = parseQuantity(type === 'count' ? line.countedQuantity : line.quantity) ?? 0;
  if (type === 'receipt') return quantity * (yuanToFen(line.unitValue) ?? 0);
  const lot = lots[line.itemId]?.find((candidate) => candidate.lotId === line.lotId);
  if (type === 'count') return 0;
  return lot ? quantity * lot.unitValue : (line.savedValue ?? 0);
}

export function LinesTable({ type, lines, items, lots, readOnly, problems, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const itemOf = (id: string) => items.find((item) => item.id === id);
  const lotLabel = (lot: LotBalance) =>
    t(lot.expiryDate ? 'stock.editor.lotOption' : 'stock.editor.lotOptionNoExpiry', {
      lot: lot.lotNumber || t('stock.editor.noLot'),
      expiry: formatDate(lot.expiryDate),
      available: lot.available,
    }) + (lot.expired ? ` · ${t('stock.editor.lotExpired')}` : '');

  const itemSelect = (line: LineDraft, index: number) => (
    <select
      aria-label={`${t('stock.editor.item')} ${index + 1}`}
      value={line.itemId}
      disabled={readOnly || type === 'count'}
      onChange={(event) => {
        const item = itemOf(event.target.value);
        onChange(line.key, {
          itemId: event.target.value,
          lotId: '',
          unitValue: item && !line.unitValue ? fenToYuan(item.unitValue).replace(/,/g, '') : line.unitValue,
        });
      }}
    >
      <option value="">{t('stock.choose')}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.code} {item.name}
          {item.specification ? ` (${item.specification})` : ''}
        </option>
      ))}
    </select>
  );
  const text = (line: LineDraft, field: keyof LineDraft, label: string, extra: { numeric?: boolean } = {}) => (
    <input
      type="text"
      aria-label={label}
      value={String(line[field] ?? '')}
      readOnly={readOnly}
      maxLength={LINE_LIMITS[field] ?? (extra.numeric ? NUMBER_INPUT_MAX : undefined)}
      className={extra.numeric ? 'input-number' : undefined}
      inputMode={extra.numeric ? 'numeric' : undefined}
      onChange={(event) => onChange(line.key, { [field]: event.target.value })}
    />
  );

  return (
    <div className="table-wrap lines-wrap">
      <table className="table lines-table">
        <thead>
          <tr>
            <th className="col-no">{t('stock.print.lineNo')}</th>
            <th className="col-item">{t('stock.editor.item')}</th>
            <th>{t('stock.field.unit')}</th>
            {type === 'receipt' && (
              <>
                <th>{t('stock.field.lotNumber')}</th>
                <th>{t('stock.field.expiryDate')}</th>
                <th className="num">{t('stock.field.quantity')}</th>
                <th className="num">{t('stock.field.unitValue')}</th>
              </>
            )}
            {drawsFromLots(type) && (
              <>
                <th className="col-lot">{t('stock.editor.lot')}</th>
                <th className="num">{t('stock.field.quantity')}</th>
              </>
            )}
            {type === 'count' && (
              <>
                <th>{t('stock.field.lotNumber')}</th>
                <th>{t('stock.field.expiryDate')}</th>
                <th className="num">{t('stock.field.bookQuantity')}</th>
                <th className="num">{t('stock.field.countedQuantity')}</th>
                <th className="num">{t('stock.field.difference')}</th>
                <th>{t('stock.field.reason')}</th>
                <th>{t('stock.field.reasonNote')}</th>
              </>
            )}
            {type !== 'count' && <th className="num">{t('stock.field.value')}</th>}
            {!readOnly && type !== 'count' && <th />}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const item = itemOf(line.itemId);
            const lot = lots[line.itemId]?.find((candidate) => candidate.lotId === line.lotId);
            const problem = problems[line.key];
            const counted = parseQuantity(line.countedQuantity);
            const difference = countDifference(counted, line.bookQuantity);
            return (
              <tr key={line.key} className={problem ? 'line-invalid' : undefined}>
                <td className="col-no">{index + 1}</td>
                <td className="col-item">
                  {itemSelect(line, index)}
                  {problem && <div className="field-error">{problem}</div>}
                </td>
                <td>{item?.unit}</td>
                {type === 'receipt' && (
                  <>
                    <td>{text(line, 'lotNumber', `${t('stock.field.lotNumber')} ${index + 1}`)}</td>
                    <td>
                      <DateInput
                        aria-label={`${t('stock.field.expiryDate')} ${index + 1}`}
                        value={line.expiryDate}
                        readOnly={readOnly}
                        onValue={(expiryDate) => onChange(line.key, { expiryDate })}
                      />
                    </td>
                    <td className="num">
                      {text(line, 'quantity', `${t('stock.field.quantity')} ${index + 1}`, { numeric: true })}
                    </td>
                    <td className="num">
                      {text(line, 'unitValue', `${t('stock.field.unitValue')} ${index + 1}`, { numeric: true })}
                    </td>
                  </>
                )}
                {drawsFromLots(type) && (
                  <>
                    <td className="col-lot">
                      <select
                        aria-label={`${t('stock.editor.lot')} ${index + 1}`}
                        value={line.lotId}
                        disabled={readOnly}
                        onChange={(event) => onChange(line.key, { lotId: event.target.value })}
                      >
                        <option value="">{t('stock.choose')}</option>
                        {lot === undefined && line.lotId && (
                          <option value={line.lotId}>{line.lotNumber || t('stock.editor.noLot')}</option>
                        )}
                        {lots[line.itemId]?.map((candidate) => (
                          <option key={candidate.lotId} value={candidate.lotId}>
                            {lotLabel(candidate)}
                          </option>
                        ))}
                      </select>
                      {lot?.expired && (
                        <input
                          type="text"
                          className="override-input"
                          aria-label={`${t('stock.field.expiredOverride')} ${index + 1}`}
                          placeholder={t('stock.editor.expiredNeedsReason')}
                          value={line.expiredOverrideReason}
                          readOnly={readOnly}
                          maxLength={LINE_LIMITS.expiredOverrideReason}
                          onChange={(event) => onChange(line.key, { expiredOverrideReason: event.target.value })}
                        />
                      )}
                    </td>
                    <td className="num">
                      {text(line, 'quantity', `${t('stock.field.quantity')} ${index + 1}`, { numeric: true })}
                    </td>
                  </>
                )}
                {type === 'count' && (
                  <>
                    <td>{line.lotNumber}</td>
                    <td>{formatDate(line.expiryDate)}</td>
                    <td className="num">{line.bookQuantity ?? ''}</td>
                    <td className="num">
                      {text(line, 'countedQuantity', `${t('stock.field.countedQuantity')} ${index + 1}`, {
                        numeric: true,
                      })}
                    </td>
                    <td className={`num ${difference ? 'diff-nonzero' : ''}`}>
                      {difference === null ? '' : difference > 0 ? `+${difference}` : difference}
                    </td>
                    <td>
                      <select
                        aria-label={`${t('stock.field.reason')} ${index + 1}`}
                        value={line.reason}
                        disabled={readOnly || !difference}
                        onChange={(event) => onChange(line.key, { reason: event.target.value as LineDraft['reason'] })}
                      >
                        <option value="">{difference ? t('stock.choose') : ''}</option>
                        {ADJUSTMENT_REASONS.map((reason) => (
                          <option key={reason} value={reason}>
                            {t(`stock.reason.${reason}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{text(line, 'reasonNote', `${t('stock.field.reasonNote')} ${index + 1}`)}</td>
                  </>
                )}
                {type !== 'count' && <td className="num">{fenToYuan(lineValue(type, line, lots))}</td>}
                {!readOnly && type !== 'count' && (
                  <td>
                    <button type="button" className="cell-link cell-link-danger" onClick={() => onRemove(line.key)}>
                      {t('stock.editor.removeLine')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
