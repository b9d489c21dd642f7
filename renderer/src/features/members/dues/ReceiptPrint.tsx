// 会费收据 on A4: a receipt of several members prints as a sheet with the list (序号, 姓名, 会员证号, 班级, 年度,
// 金额) and the total in figures and in capitals; receipts of one member each print as slips, three to a page, to
// be cut apart. Each carries its number, the date paid, who collected it and the signature lines.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptLine, ReceiptSheet } from '@core/members/dues/contract';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { errorText } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { PrintView } from '../../../ui/print/PrintView';
import { fenToYuan, yuanInWords } from '../money';

interface Props {
  first: string;
  last?: string;
  onBack(): void;
}

const where = (line: ReceiptLine) => [line.school, line.className].filter(Boolean).join(' ');

/** The class all of a receipt's members are in, if they are. */
function sharedClass(sheet: ReceiptSheet): string | null {
  const classes = new Set(sheet.lines.map(where));
  const [only] = classes;
  return classes.size === 1 && only ? only : null;
}

export function ReceiptPrint({ first, last, onBack }: Props) {
  const { t } = useTranslation();
  const officeName = useSession().office.name;
  const [sheets, setSheets] = useState<ReceiptSheet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('members.dues.receipts', { first, ...(last ? { last } : {}) })
      .then((found) => live && setSheets(found))
      .catch((caught: unknown) => live && setError(errorText(t, caught)));
    return () => {
      live = false;
    };
  }, [first, last, t]);
  const r = (key: string, values: Record<string, unknown> = {}) => t(`memberReceipt.${key}`, values);
  const title = last ? r('printRun', { first, last }) : r('printTitle', { first });
  const slips = sheets?.filter((s) => s.lines.length === 1) ?? [];
  const lists = sheets?.filter((s) => s.lines.length > 1) ?? [];
  const amount = (fen: number) => r('amountValue', { amount: fenToYuan(fen) });

  const listSheet = (sheet: ReceiptSheet) => (
    <PrintSheet
      key={sheet.receiptNumber}
      officeName={officeName}
      title={r('title')}
      number={sheet.receiptNumber}
      documentDate={sheet.paidDate}
      facts={[
        {
          label: r('payer'),
          value: sharedClass(sheet)
            ? r('payerClass', { where: sharedClass(sheet), count: sheet.lines.length })
            : r('payerList', { first: sheet.lines[0]!.name, count: sheet.lines.length }),
        },
        { label: r('year'), value: [...new Set(sheet.lines.map((l) => l.year))].join('、') },
        { label: r('amount'), value: amount(sheet.totalFen) },
        { label: r('inWords'), value: yuanInWords(sheet.totalFen) },
        { label: r('handledBy'), value: sheet.collectedBy },
      ]}
      signatures={[r('collectedBy'), r('payerSign')]}
      footnote={r('note')}
    >
      <div className="sheet-section">{r('listTitle')}</div>
      <table className="sheet-table">
        <thead>
          <tr>
            <th>{r('seq')}</th>
            <th>{r('name')}</th>
            <th>{r('card')}</th>
            <th>{r('where')}</th>
            <th>{r('yearCol')}</th>
            <th className="num">{r('amountCol')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.lines.map((line, n) => (
            <tr key={line.memberId}>
              <td className="center">{n + 1}</td>
              <td>{line.name}</td>
              <td className="nowrap">{line.cardNumber}</td>
              <td>{where(line)}</td>
              <td className="center">{line.year}</td>
              <td className="num">{fenToYuan(line.amountFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={5}>{r('total')}</td>
            <td className="num">{fenToYuan(sheet.totalFen)}</td>
          </tr>
        </tfoot>
      </table>
    </PrintSheet>
  );

  const slip = (sheet: ReceiptSheet) => {
    const line = sheet.lines[0]!;
    return (
      <section key={sheet.receiptNumber} className="mem-receipt-slip">
        <div className="sheet-office">{officeName}</div>
        <h2 className="mem-slip-title">{r('title')}</h2>
        <div className="sheet-meta">
          <span>
            {t('print.number')}：<b className="sheet-number">{sheet.receiptNumber}</b>
          </span>
          <span>
            {t('print.documentDate')}：{formatDate(sheet.paidDate)}
          </span>
        </div>
        <dl className="sheet-facts">
          <div className="sheet-fact">
            <dt>{r('payer')}：</dt>
            <dd>{line.name}</dd>
          </div>
          <div className="sheet-fact">
            <dt>{r('card')}：</dt>
            <dd>{line.cardNumber}</dd>
          </div>
          {where(line) && (
            <div className="sheet-fact">
              <dt>{r('where')}：</dt>
              <dd>{where(line)}</dd>
            </div>
          )}
          <div className="sheet-fact">
            <dt>{r('year')}：</dt>
            <dd>{line.year}</dd>
          </div>
          <div className="sheet-fact">
            <dt>{r('amount')}：</dt>
            <dd>{amount(line.amountFen)}</dd>
          </div>
          <div className="sheet-fact">
            <dt>{r('inWords')}：</dt>
            <dd>{yuanInWords(line.amountFen)}</dd>
          </div>
        </dl>
        <div className="sheet-signatures">
          {[r('collectedBy'), r('payerSign')].map((label) => (
            <div key={label} className="sheet-signature">
              <span>{label}：</span>
              <span className="sheet-line" />
            </div>
          ))}
        </div>
      </section>
    );
  };

  return (
    <PrintView title={title} ready={sheets !== null} error={error} onBack={onBack}>
      {lists.map(listSheet)}
      {slips.length > 0 && <article className="print-sheet mem-receipt-slips">{slips.map(slip)}</article>}
    </PrintView>
  );
}
