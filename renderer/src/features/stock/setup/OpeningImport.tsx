// 期初库存: an office moving to Boai Ledger brings its stock from a spreadsheet. 检查 reads the file and
// lists every wrong row by row and field, and the warehouses, items and donors the office lacks;
// 导入 posts the whole sheet as the opening-balance receipt, or nothing at all.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningImportResult } from '../../../../../electron/api/stockReports';
import { errorText } from '../../../i18n';
import { Alert, Button, FormField } from '../../../ui';
import { fileToBase64 } from '../../../ui/files';
import { stockCall } from '../api';
import { today } from '../useRefs';
import { OpeningNotes } from './OpeningNotes';

export function OpeningImport({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [documentDate, setDocumentDate] = useState(today);
  const [createMissing, setCreateMissing] = useState(false);
  const [result, setResult] = useState<OpeningImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await stockCall('stock.opening.import', {
        fileName: file.name, contentBase64: await fileToBase64(file), dryRun, createMissing, documentDate,
      }));
    } catch (caught) {
      setResult(null);
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const missing = result ? [...result.missing.warehouses, ...result.missing.items, ...result.missing.donors].length : 0;
  const ready = result !== null && result.invalid === 0 && (missing === 0 || createMissing) && result.imported === 0;

  return (
    <div className="opening-import">
      <p className="muted">{t('stock.opening.intro')}</p>
      <div className="opening-form">
        <div className="field">
          <span className="field-label">{t('stock.opening.file')}</span>
          {/* The browser's own file button speaks the system's language; ours speaks the app's. */}
          <span className="file-pick">
            <label className="btn">
              {t('stock.opening.choose')}
              <input type="file" accept=".xlsx,.csv" className="file-input" aria-label={t('stock.opening.file')}
                onChange={(event) => { setFile(event.target.files?.[0] ?? null); setResult(null); }} />
            </label>
            <span className={file ? 'file-name' : 'file-name muted'}>{file?.name ?? t('stock.opening.noFile')}</span>
          </span>
        </div>
        <FormField label={t('stock.field.documentDate')}>
          <input type="date" value={documentDate} onChange={(event) => setDocumentDate(event.target.value)} />
        </FormField>
        <label className="check">
          <input type="checkbox" checked={createMissing} onChange={(event) => setCreateMissing(event.target.checked)} />
          <span className="check-label">{t('stock.opening.createMissing')}</span>
        </label>
        <Button onClick={() => void run(true)} disabled={!file} busy={busy}>{t('stock.opening.check')}</Button>
        {canImport && <Button variant="primary" onClick={() => void run(false)} disabled={!ready} busy={busy}>{t('stock.opening.import')}</Button>}
      </div>
      {error && <Alert>{error}</Alert>}
      {result && (
        <>
          {result.imported > 0
            ? <Alert kind="success">{t('stock.opening.done', { count: result.imported, numbers: result.documents.map((d) => d.number).join(t('stock.listSeparator')) })}</Alert>
            : <p className="opening-counts">{t('stock.opening.counts', { rows: result.rows, valid: result.valid, invalid: result.invalid })}</p>}
          {missing > 0 && result.imported === 0 && (
            <Alert kind="warning">
              {t('stock.opening.missing')}
              {result.missing.warehouses.length > 0 && <div>{t('stock.field.warehouse')}：{result.missing.warehouses.join(t('stock.listSeparator'))}</div>}
              {result.missing.items.length > 0 && <div>{t('stock.field.itemName')}：{result.missing.items.join(t('stock.listSeparator'))}</div>}
              {result.missing.donors.length > 0 && <div>{t('stock.field.donorName')}：{result.missing.donors.join(t('stock.listSeparator'))}</div>}
            </Alert>
          )}
          <OpeningNotes result={result} />
          {result.errors.length > 0 && (
            <div className="table-wrap opening-errors">
              <table className="table">
                <thead><tr><th>{t('stock.opening.row')}</th><th>{t('stock.opening.field')}</th><th>{t('stock.opening.problem')}</th></tr></thead>
                <tbody>
                  {result.errors.map((issue, index) => (
                    <tr key={index}>
                      <td className="num">{issue.row}</td>
                      <td>{t(`stock.opening.fields.${issue.field}`, { defaultValue: issue.field })}</td>
                      <td className="issue-text">{t(`stock.opening.codes.${issue.code}`, { defaultValue: t(`errors.${issue.code}`, { defaultValue: issue.code }) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
