// One printed form: office name, the form's title, its number and dates (业务日期 and 录入时间, both
// kept: paper is often entered late), free facts, the table, notes and the signature lines.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n';

export interface SheetFact {
  label: string;
  value: ReactNode;
  wide?: boolean;
}

export interface PrintSheetProps {
  officeName: string;
  title: string;
  number?: string | null;
  documentDate?: string | null;
  enteredAt?: string | null;
  facts?: SheetFact[];
  children: ReactNode;
  /** Labels of the signature lines: 经办人, 审批人, 保管员, 领取人. */
  signatures?: string[];
  footnote?: ReactNode;
}

export function PrintSheet({
  officeName,
  title,
  number,
  documentDate,
  enteredAt,
  facts = [],
  children,
  signatures = [],
  footnote,
}: PrintSheetProps) {
  const { t } = useTranslation();
  return (
    <article className="print-sheet">
      <header className="sheet-header">
        <div className="sheet-office">{officeName}</div>
        <h1 className="sheet-title">{title}</h1>
        <div className="sheet-meta">
          {number && (
            <span>
              {t('print.number')}：<b className="sheet-number">{number}</b>
            </span>
          )}
          {documentDate && (
            <span>
              {t('print.documentDate')}：{formatDate(documentDate)}
            </span>
          )}
          {enteredAt && (
            <span>
              {t('print.enteredAt')}：{formatDateTime(enteredAt)}
            </span>
          )}
        </div>
      </header>
      {facts.length > 0 && (
        <dl className="sheet-facts">
          {facts.map((fact) => (
            <div key={fact.label} className={fact.wide ? 'sheet-fact sheet-fact-wide' : 'sheet-fact'}>
              <dt>{fact.label}：</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
      {footnote && <div className="sheet-footnote">{footnote}</div>}
      {signatures.length > 0 && (
        <div className="sheet-signatures">
          {signatures.map((label) => (
            <div key={label} className="sheet-signature">
              <span>{label}：</span>
              <span className="sheet-line" />
            </div>
          ))}
        </div>
      )}
    </article>
  );
}
