// What 检查 or 导入 of an opening-stock sheet found: the counts (or what was posted), a file imported
// before, the names the office lacks, and every wrong row by row and field.
import { useTranslation } from 'react-i18next';
import type { EarlierOpeningImport, OpeningImportResult } from '@core/stock/reports/contract';
import { formatDateTime } from '@renderer/i18n/format';
import { Alert } from '@renderer/ui';
import { OpeningNotes } from './OpeningNotes';

export function missingCount(result: OpeningImportResult): number {
  return result.missing.warehouses.length + result.missing.items.length + result.missing.donors.length;
}

/** What the backend's refusal (OPENING_ALREADY_IMPORTED) would say, said already at 检查. */
export function EarlierImportNote({ earlier, canConfirm }: { earlier: EarlierOpeningImport; canConfirm: boolean }) {
  const { t } = useTranslation();
  const values = {
    at: formatDateTime(earlier.at),
    by: earlier.by,
    documents: earlier.documents.join(t('stock.listSeparator')),
  };
  return (
    <Alert kind="warning">
      <span className="opening-earlier">{t('stock.opening.earlier', values)}</span>
      {!canConfirm && <div>{t('stock.opening.againNeedsApprover')}</div>}
    </Alert>
  );
}

export function OpeningResult({ result }: { result: OpeningImportResult }) {
  const { t } = useTranslation();
  const separator = t('stock.listSeparator');
  const committed = result.imported > 0;
  return (
    <>
      {committed ? (
        <Alert kind="success">
          {t('stock.opening.done', {
            count: result.imported,
            numbers: result.documents.map((d) => d.number).join(separator),
          })}
        </Alert>
      ) : (
        <p className="opening-counts">
          {t('stock.opening.counts', { rows: result.rows, valid: result.valid, invalid: result.invalid })}
        </p>
      )}
      {missingCount(result) > 0 && !committed && (
        <Alert kind="warning">
          {t('stock.opening.missing')}
          {result.missing.warehouses.length > 0 && (
            <div>
              {t('stock.field.warehouse')}：{result.missing.warehouses.join(separator)}
            </div>
          )}
          {result.missing.items.length > 0 && (
            <div>
              {t('stock.field.itemName')}：{result.missing.items.join(separator)}
            </div>
          )}
          {result.missing.donors.length > 0 && (
            <div>
              {t('stock.field.donorName')}：{result.missing.donors.join(separator)}
            </div>
          )}
        </Alert>
      )}
      <OpeningNotes result={result} />
      {result.errors.length > 0 && (
        <div className="table-wrap opening-errors">
          <table className="table">
            <thead>
              <tr>
                <th>{t('stock.opening.row')}</th>
                <th>{t('stock.opening.field')}</th>
                <th>{t('stock.opening.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((issue, index) => (
                <tr key={index}>
                  <td className="num">{issue.row}</td>
                  <td>{t(`stock.opening.fields.${issue.field}`, { defaultValue: issue.field })}</td>
                  <td className="issue-text">
                    {t(`stock.opening.codes.${issue.code}`, {
                      defaultValue: t(`errors.${issue.code}`, { defaultValue: issue.code }),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
