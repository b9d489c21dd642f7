// 期初库存: an office moving to Boai Ledger brings its stock from a spreadsheet. 检查 reads the file and
// lists every wrong row by row and field, and the warehouses, items and donors the office lacks;
// 导入 posts the whole sheet as the opening-balance receipt, or nothing at all. Once posted, the wizard only
// shows the result until "import another file" starts afresh; a file imported before needs an approver's tick.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '@api/dates';
import { SPREADSHEET_ACCEPT } from '@api/spreadsheetFiles';
import type { OpeningImportResult } from '@core/stock/reports/contract';
import { errorText } from '@renderer/i18n';
import { Alert, Button, DateInput, FormField } from '@renderer/ui';
import { fileToBase64 } from '@renderer/ui/files';
import { stockCall } from '../api';
import { today } from '../useRefs';
import { EarlierImportNote, missingCount, OpeningResult } from './OpeningResult';

export function OpeningImport({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [documentDate, setDocumentDate] = useState(today);
  const [createMissing, setCreateMissing] = useState(false);
  const [again, setAgain] = useState(false);
  const [result, setResult] = useState<OpeningImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A new key gives a fresh file input: choosing the same file again must count as a choice.
  const [round, setRound] = useState(0);

  const run = async (dryRun: boolean) => {
    if (!file || !isIsoDate(documentDate)) return;
    setBusy(true);
    setError(null);
    try {
      setResult(
        await stockCall('stock.opening.import', {
          fileName: file.name,
          contentBase64: await fileToBase64(file),
          dryRun,
          createMissing,
          documentDate,
          again,
        }),
      );
    } catch (caught) {
      setResult(null);
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const startAfresh = () => {
    setFile(null);
    setResult(null);
    setError(null);
    setAgain(false);
    setCreateMissing(false);
    setRound((n) => n + 1);
  };
  const committed = result !== null && result.imported > 0;
  const earlier = committed ? null : (result?.earlierImport ?? null);
  const ready =
    result !== null &&
    !committed &&
    result.invalid === 0 &&
    (missingCount(result) === 0 || createMissing) &&
    (!earlier || again);

  return (
    <div className="opening-import">
      <p className="muted">{t('stock.opening.intro')}</p>
      <fieldset className="opening-form" disabled={committed}>
        <div className="field">
          <span className="field-label">{t('stock.opening.file')}</span>
          {/* The browser's own file button speaks the system's language; ours speaks the app's. */}
          <span className="file-pick">
            <label className="btn">
              {t('stock.opening.choose')}
              <input
                key={round}
                type="file"
                accept={SPREADSHEET_ACCEPT}
                className="file-input"
                aria-label={t('stock.opening.file')}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setResult(null);
                  setAgain(false);
                }}
              />
            </label>
            <span className={file ? 'file-name' : 'file-name muted'}>{file?.name ?? t('stock.opening.noFile')}</span>
          </span>
        </div>
        <FormField label={t('stock.field.documentDate')}>
          <DateInput value={documentDate} onValue={setDocumentDate} />
        </FormField>
        <label className="check">
          <input type="checkbox" checked={createMissing} onChange={(event) => setCreateMissing(event.target.checked)} />
          <span className="check-label">{t('stock.opening.createMissing')}</span>
        </label>
        {!committed && (
          <Button onClick={() => void run(true)} disabled={!file} busy={busy}>
            {t('stock.opening.check')}
          </Button>
        )}
        {!committed && canImport && (
          <Button variant="primary" onClick={() => void run(false)} disabled={!ready} busy={busy}>
            {t('stock.opening.import')}
          </Button>
        )}
      </fieldset>
      {committed && (
        <p>
          <Button onClick={startAfresh}>{t('stock.opening.another')}</Button>
        </p>
      )}
      {error && <Alert>{error}</Alert>}
      {earlier && <EarlierImportNote earlier={earlier} canConfirm={canImport} />}
      {earlier && canImport && (
        <label className="check opening-again">
          <input type="checkbox" checked={again} onChange={(event) => setAgain(event.target.checked)} />
          <span className="check-label">{t('stock.opening.again')}</span>
        </label>
      )}
      {result && <OpeningResult result={result} />}
    </div>
  );
}
