// The printed slip of a document: 入库单, 出库单, 调拨单, 盘点单 (and 冲销单), on A4 with the office's
// name, the number, both dates, the lines, totals and the signature lines the paper forms have.
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, DocumentLineRow } from '@core/stock/contract';
import { useSession } from '@renderer/app/session';
import { formatDate, formatDateTime } from '@renderer/i18n';
import { PrintSheet, type SheetFact } from '@renderer/ui/print/PrintSheet';
import { PrintView } from '@renderer/ui/print/PrintView';
import { stockCall } from '../api';
import { fenToYuan } from '../money';
import { useLoad } from '../useLoad';
import { counterpartyOf } from './columns';

export function DocumentPrint({ id, onBack }: { id: string; onBack(): void }) {
  const { t } = useTranslation();
  const [detail] = useLoad(() => stockCall('stock.documents.get', { id }), [id]);
  const title = detail ? `${t(`stock.docType.${detail.document.type}`)} ${detail.document.number}` : '';
  return (
    <PrintView title={title} ready={detail !== null} onBack={onBack}>
      {detail && <DocumentSheet detail={detail} />}
    </PrintView>
  );
}

function DocumentSheet({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const doc = detail.document;
  const isCount = doc.type === 'count';
  const facts: SheetFact[] = [
    {
      label: t(doc.type === 'transfer' ? 'stock.editor.fromWarehouse' : 'stock.editor.warehouse'),
      value: doc.warehouseName,
    },
  ];
  if (doc.type === 'transfer') facts.push({ label: t('stock.editor.toWarehouse'), value: doc.toWarehouseName ?? '' });
  if (doc.type === 'receipt') facts.push({ label: t('stock.print.source'), value: counterpartyOf(t, doc) });
  if (doc.type === 'receipt' && doc.tenderRef) facts.push({ label: t('stock.editor.tenderRef'), value: doc.tenderRef });
  if (doc.type === 'issue') facts.push({ label: t('stock.print.issueTo'), value: counterpartyOf(t, doc) });
  if (doc.reversesNumber)
    facts.push({
      label: t('stock.docType.reversal'),
      value: `${doc.reversesNumber}${doc.reversalReason ? `（${doc.reversalReason}）` : ''}`,
    });
  if (doc.handledBy) facts.push({ label: t('stock.editor.handledBy'), value: doc.handledBy });
  if (doc.notes) facts.push({ label: t('stock.editor.notes'), value: doc.notes });

  const signatures = isCount
    ? [
        t('stock.print.signCounter'),
        t('stock.print.signSupervisor'),
        t('stock.print.signKeeper'),
        t('stock.print.signApprover'),
      ]
    : doc.type === 'receipt'
      ? [
          t('stock.print.signHandler'),
          t('stock.print.signDeliverer'),
          t('stock.print.signKeeper'),
          t('stock.print.signApprover'),
        ]
      : [
          t('stock.print.signHandler'),
          t('stock.print.signApprover'),
          t('stock.print.signKeeper'),
          t('stock.print.signReceiver'),
        ];
  const footnote = [
    doc.approvedByName &&
      t('stock.editor.approvedBy', { name: doc.approvedByName, at: formatDateTime(doc.approvedAt) }),
    doc.postedByName && t('stock.editor.postedBy', { name: doc.postedByName, at: formatDateTime(doc.postedAt) }),
    t('stock.print.printedAt', { at: formatDateTime(new Date().toISOString()) }),
  ]
    .filter(Boolean)
    .join('　');

  return (
    <PrintSheet
      officeName={session.office.name}
      title={t(`stock.docType.${doc.type}`)}
      number={doc.number}
      documentDate={doc.documentDate}
      enteredAt={doc.enteredAt}
      facts={facts}
      signatures={signatures}
      footnote={footnote}
    >
      {isCount ? (
        <CountTable lines={detail.lines} />
      ) : (
        <LineTable lines={detail.lines} withHousehold={detail.lines.some((line) => line.householdName)} />
      )}
    </PrintSheet>
  );
}

function LineTable({ lines, withHousehold }: { lines: DocumentLineRow[]; withHousehold: boolean }) {
  const { t } = useTranslation();
  const quantity = lines.reduce((sum, line) => sum + line.quantity, 0);
  const value = lines.reduce((sum, line) => sum + line.value, 0);
  return (
    <table className="sheet-table">
      <thead>
        <tr>
          <th>{t('stock.print.lineNo')}</th>
          <th>{t('stock.field.itemCode')}</th>
          <th>{t('stock.field.itemName')}</th>
          <th>{t('stock.field.specification')}</th>
          <th>{t('stock.field.unit')}</th>
          <th>{t('stock.field.lotNumber')}</th>
          <th>{t('stock.field.expiryDate')}</th>
          {withHousehold && <th>{t('stock.editor.household')}</th>}
          <th className="num">{t('stock.field.quantity')}</th>
          <th className="num">{t('stock.field.unitValue')}</th>
          <th className="num">{t('stock.field.value')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id}>
            <td className="center">{line.lineNo}</td>
            <td className="nowrap">{line.itemCode}</td>
            <td>{line.itemName}</td>
            <td>{line.specification}</td>
            <td className="center">{line.unit}</td>
            <td className="nowrap">{line.lotNumber}</td>
            <td className="nowrap">{formatDate(line.expiryDate)}</td>
            {withHousehold && <td>{line.householdName}</td>}
            <td className="num">{line.quantity}</td>
            <td className="num">{fenToYuan(line.unitValue)}</td>
            <td className="num">{fenToYuan(line.value)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={withHousehold ? 8 : 7} className="center">
            {t('stock.print.total')}
          </td>
          <td className="num">{quantity}</td>
          <td />
          <td className="num">{fenToYuan(value)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function CountTable({ lines }: { lines: DocumentLineRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="sheet-table">
      <thead>
        <tr>
          <th>{t('stock.print.lineNo')}</th>
          <th>{t('stock.field.itemName')}</th>
          <th>{t('stock.field.unit')}</th>
          <th>{t('stock.field.lotNumber')}</th>
          <th>{t('stock.field.expiryDate')}</th>
          <th className="num">{t('stock.field.bookQuantity')}</th>
          <th className="num">{t('stock.field.countedQuantity')}</th>
          <th className="num">{t('stock.field.difference')}</th>
          <th>{t('stock.field.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const difference =
            line.countedQuantity === null || line.bookQuantity === null
              ? null
              : line.countedQuantity - line.bookQuantity;
          return (
            <tr key={line.id}>
              <td className="center">{line.lineNo}</td>
              <td>{line.itemName}</td>
              <td className="center">{line.unit}</td>
              <td className="nowrap">{line.lotNumber}</td>
              <td className="nowrap">{formatDate(line.expiryDate)}</td>
              <td className="num">{line.bookQuantity ?? ''}</td>
              <td className="num">{line.countedQuantity ?? ''}</td>
              <td className="num">{difference === null ? '' : difference > 0 ? `+${difference}` : difference}</td>
              <td>{[line.reason && t(`stock.reason.${line.reason}`), line.reasonNote].filter(Boolean).join('：')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
