// 导入: pick a .xlsx/.csv file, watch it being read and checked (with cancel), correct the column
// mapping (or map the columns by hand when the headers did not name them), read the preview, choose how
// to import, and see the result (rejected rows as a file).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPREADSHEET_ACCEPT } from '@api/spreadsheetFiles';
import type { ImportMode, PersonField } from '@core/people/contract';
import { ApiCallError } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Alert, Button, Dialog } from '@renderer/ui';
import { downloadBase64, fileToBase64 } from '@renderer/ui/files';
import { ImportModeChoice, ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProgress } from './ImportProgress';
import { mappingProblemOf, MappingProblemPanel } from './MappingProblemPanel';
import { UpdateModeChoice } from './UpdateModeChoice';
import { useImportJob, type Mapping, type PickedFile } from './useImportJob';

interface Props {
  open: boolean;
  onClose(): void;
  onImported(): void;
}

export function ImportWizard({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const job = useImportJob();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [mode, setMode] = useState<ImportMode>('allOrNothing');
  const [readError, setReadError] = useState<string | null>(null);
  const [updating, setUpdating] = useState(false);
  const [clearBlanks, setClearBlanks] = useState<PersonField[]>([]);
  const [skipped, setSkipped] = useState<Set<number>>(new Set());
  const inputRef = useRef<HTMLInputElement>(null);
  const preview = job.status?.preview ?? null;
  const phase = job.status?.phase ?? null;
  const problem = mappingProblemOf(job.status);
  const noHeader = problem !== null && job.status?.error?.code === 'IMPORT_NO_HEADER';

  // Cleared when the dialog closes (not whenever the job object changes).
  const clearAll = useEffectEvent(() => {
    job.reset();
    setFile(null);
    setMapping([]);
    setMode('allOrNothing');
    setReadError(null);
    setUpdating(false);
    setClearBlanks([]);
  });
  useEffect(() => {
    if (!open) clearAll();
  }, [open]);

  useEffect(() => {
    if (!preview) return;
    setMapping(preview.columns.map((column) => ({ index: column.index, field: column.field })));
    setClearBlanks(preview.update?.clearBlanks ?? []);
    setSkipped(new Set());
  }, [preview]);

  useEffect(() => {
    if (problem) setMapping(problem.columns.map((column) => ({ index: column.index, field: column.field })));
  }, [problem]);

  useEffect(() => {
    if (job.result) onImported();
  }, [job.result, onImported]);

  const pick = async (picked: File | undefined) => {
    if (!picked) return;
    setReadError(null);
    try {
      const content = { fileName: picked.name, contentBase64: await fileToBase64(picked) };
      setFile(content);
      await job.start(content, undefined, updating ? { clearBlanks } : null);
    } catch {
      setReadError(t('errors.IMPORT_FILE_UNREADABLE'));
    }
  };

  const recheck = (update = updating) => file && void job.start(file, mapping, update ? { clearBlanks } : null);
  const chooseUpdating = (update: boolean) => {
    setUpdating(update);
    if (file && (preview || problem)) recheck(update);
  };
  const clearBlanksChanged =
    Boolean(preview?.update) && [...clearBlanks].sort().join() !== [...preview!.update!.clearBlanks].sort().join();
  const mappingChanged =
    Boolean(preview) &&
    (clearBlanksChanged ||
      mapping.some((entry) => preview!.columns.find((c) => c.index === entry.index)?.field !== entry.field));
  const working =
    phase === 'reading' || phase === 'validating' || phase === 'importing' || (job.busy && phase === null);
  const blocked = Boolean(preview) && mode === 'allOrNothing' && preview!.invalid > 0;
  const toUpdate = preview?.update ? preview.update.updated - skipped.size : 0;
  const nothingToWrite = Boolean(preview?.update) && toUpdate + preview!.update!.added === 0;
  const ready = phase === 'ready' && Boolean(preview) && !job.result;
  const done = Boolean(job.result);
  const jobError = job.status?.error ? errorText(t, new ApiCallError(job.status.error)) : null;
  const error =
    readError ?? (job.error ? errorText(t, job.error) : null) ?? (phase === 'failed' && !problem ? jobError : null);

  const footer = (
    <>
      {/* A file refused at once (not a table, a password) leaves the clerk a way to pick another. */}
      {(done || phase === 'cancelled' || phase === 'failed' || Boolean(job.error)) && (
        <Button
          onClick={() => {
            job.reset();
            setFile(null);
          }}
        >
          {t('people.importWizard.again')}
        </Button>
      )}
      {ready && <ImportModeChoice mode={mode} onMode={setMode} />}
      <span className="dialog-spacer" />
      {ready && blocked && (
        <span className="import-blocked">
          {t('people.importWizard.allOrNothingBlocked', { count: preview!.invalid })}
        </span>
      )}
      <Button onClick={onClose} disabled={phase === 'importing'}>
        {done ? t('common.close') : t('common.cancel')}
      </Button>
      {ready && (
        <Button
          variant="primary"
          busy={job.busy}
          disabled={blocked || preview!.valid === 0 || mappingChanged || nothingToWrite}
          onClick={() => void job.commit(mode, [...skipped])}
        >
          {!preview!.update
            ? t('people.importWizard.start', { count: preview!.valid })
            : nothingToWrite
              ? t('people.importWizard.update.nothingToWrite')
              : t('people.importWizard.update.start', { updated: toUpdate, added: preview!.update.added })}
        </Button>
      )}
    </>
  );

  return (
    <Dialog
      open={open}
      title={t('people.importWizard.title')}
      onClose={onClose}
      width="full"
      footer={footer}
      busy={phase === 'importing'}
      error={error}
    >
      <div className="import-wizard">
        {!done && <UpdateModeChoice checked={updating} disabled={working} onChange={chooseUpdating} />}
        {!file && !working && (
          <div className="import-pick">
            <input
              ref={inputRef}
              type="file"
              accept={SPREADSHEET_ACCEPT}
              aria-label={t('people.importWizard.pickFile')}
              onChange={(event) => void pick(event.target.files?.[0])}
            />
            <p className="muted">{t('people.importWizard.fileHint')}</p>
          </div>
        )}
        {file && (
          <p className="import-file">
            <strong>{file.fileName}</strong>
            {preview && ready && (
              <span className="muted">{t('people.importWizard.headerRow', { row: preview.headerRow })}</span>
            )}
            {problem && !noHeader && (
              <span className="muted">{t('people.importWizard.headerRow', { row: problem.headerRow })}</span>
            )}
          </p>
        )}
        {working && <ImportProgress status={job.status} onCancel={() => void job.cancel()} />}
        {phase === 'cancelled' && <Alert kind="info">{t('people.importWizard.cancelled')}</Alert>}
        {done && job.result && (
          <div className="import-result">
            <Alert kind="success">
              {job.result.updated === undefined
                ? t('people.importWizard.done', { count: job.result.imported })
                : t('people.importWizard.update.done', {
                    updated: job.result.updated,
                    imported: job.result.imported,
                    unchanged: job.result.unchanged,
                  })}
              {job.result.skipped ? ` ${t('people.importWizard.update.skipped', { count: job.result.skipped })}` : ''}
            </Alert>
            {job.result.rejectedFile && (
              <p>
                {t('people.importWizard.rejected', { count: preview?.invalid ?? 0 })}{' '}
                <Button
                  onClick={() =>
                    downloadBase64(job.result!.rejectedFile!.fileName, job.result!.rejectedFile!.contentBase64)
                  }
                >
                  {t('people.importWizard.downloadRejected')}
                </Button>
              </p>
            )}
          </div>
        )}
        {problem && file && (
          <MappingProblemPanel
            problem={problem}
            noHeader={noHeader}
            mapping={mapping}
            onMapping={setMapping}
            onRecheck={() => recheck()}
          />
        )}
        {ready && (
          <ImportPreviewPanel
            preview={preview!}
            mapping={mapping}
            mappingChanged={mappingChanged}
            onMapping={setMapping}
            onRecheck={() => recheck()}
            clearBlanks={clearBlanks}
            onClearBlanks={setClearBlanks}
            skipped={skipped}
            onSkipped={setSkipped}
          />
        )}
      </div>
    </Dialog>
  );
}
