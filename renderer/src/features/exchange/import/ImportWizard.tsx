// 导入数据包: choose the file(s), verify (signature, every chunk) and preview at once - the same apply, kept
// uncommitted until the clerk imports it (or rolled back on cancel) - then import. A fork refused with a full package can be accepted here by an administrator.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome, VerifyResult } from '@core/exchange/inbox/contract';
import { call } from '@renderer/api/client';
import { useSession } from '@renderer/app/session';
import { errorText, formatDateTime } from '@renderer/i18n';
import { Alert, Button, Dialog, FormField } from '@renderer/ui';
import { fileToBase64 } from '@renderer/ui/files';
import { countsText } from '../counts';
import { formatBytes } from '../outbox/format';
import { OutcomeNote } from './OutcomeNote';
import { PreviewTable } from './PreviewTable';

type Verified = VerifyResult & { uploadId: string };
type Step = 'pick' | 'verifying' | 'previewing' | 'ready' | 'applying' | 'done';

function Facts({ verified }: { verified: Verified }) {
  const { t } = useTranslation();
  return (
    <dl className="package-facts">
      <dt>{t('importWizard.facts.sender')}</dt>
      <dd>
        {verified.senderName ?? verified.sender}（{verified.sender}）
      </dd>
      <dt>{t('importWizard.facts.seq')}</dt>
      <dd>{verified.seq}</dd>
      <dt>{t('importWizard.facts.kind')}</dt>
      <dd>{t(`inbox.kindValue.${verified.kind}`)}</dd>
      <dt>{t('importWizard.facts.createdAt')}</dt>
      <dd>{formatDateTime(verified.createdAt)}</dd>
      <dt>{t('importWizard.facts.size')}</dt>
      <dd>{formatBytes(verified.bytes)}</dd>
      <dt>{t('importWizard.facts.counts')}</dt>
      <dd>{countsText(t, verified.counts)}</dd>
    </dl>
  );
}

export function ImportWizard({ open, onClose, onChanged }: { open: boolean; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [step, setStep] = useState<Step>('pick');
  const [verified, setVerified] = useState<Verified | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);

  const reset = () => {
    setFiles([]);
    setStep('pick');
    setVerified(null);
    setOutcome(null);
    setError(null);
  };
  useEffect(() => {
    if (open) reset();
  }, [open]);

  const close = async () => {
    if (finishing) return;
    setFinishing(true);
    try {
      if (verified && step !== 'done') await call('inbox.discard', { uploadId: verified.uploadId });
      // Sort indexes a large package dropped are built again once the clerk is done importing.
      await call('inbox.finish', {});
    } catch {
      // Nothing is lost: the next start of the app builds them.
    } finally {
      setFinishing(false);
    }
    onClose();
  };

  const verifyAndPreview = async () => {
    if (files.length === 0) {
      setError(t('importWizard.pickHint'));
      return;
    }
    setError(null);
    setStep('verifying');
    try {
      const upload = await Promise.all(
        files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file) })),
      );
      const checked = await call('inbox.verify', { files: upload });
      setVerified(checked);
      setStep('previewing');
      setOutcome(await call('inbox.preview', { uploadId: checked.uploadId }));
      setStep('ready');
    } catch (caught) {
      setError(errorText(t, caught));
      setStep(verified ? 'ready' : 'pick');
    }
  };

  const apply = async (acceptSnapshot = false) => {
    if (!verified) return;
    setStep('applying');
    setError(null);
    try {
      setOutcome(await call('inbox.apply', { uploadId: verified.uploadId, acceptSnapshot }));
      setStep('done');
      onChanged();
    } catch (caught) {
      setError(errorText(t, caught));
      setStep('ready');
    }
  };

  const canApply = outcome?.status === 'preview';
  const canAccept = outcome?.status === 'forked' && outcome.kind === 'snapshot' && session.hasRole('admin');
  const footer = (
    <>
      <span className="dialog-spacer" />
      {step === 'done' || (step === 'ready' && !canApply && !canAccept) ? (
        <>
          <Button onClick={reset}>{t('importWizard.again')}</Button>
          <Button variant="primary" busy={finishing} onClick={() => void close()}>
            {t('importWizard.close')}
          </Button>
        </>
      ) : (
        <>
          <Button busy={finishing} onClick={() => void close()}>
            {t('common.cancel')}
          </Button>
          {step === 'pick' || step === 'verifying' || step === 'previewing' ? (
            <Button variant="primary" busy={step !== 'pick'} onClick={() => void verifyAndPreview()}>
              {t('importWizard.verify')}
            </Button>
          ) : canAccept ? (
            <Button variant="danger" busy={step === 'applying'} onClick={() => void apply(true)}>
              {t('importWizard.acceptSnapshot')}
            </Button>
          ) : (
            <Button variant="primary" busy={step === 'applying'} onClick={() => void apply()}>
              {t('importWizard.apply')}
            </Button>
          )}
        </>
      )}
    </>
  );

  return (
    <Dialog open={open} title={t('importWizard.title')} onClose={() => void close()} footer={footer} width="large">
      {!verified && (
        <FormField label={t('importWizard.pick')} hint={t('importWizard.pickHint')}>
          <input
            type="file"
            accept=".boaipkg"
            multiple
            disabled={step !== 'pick'}
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setError(null);
            }}
          />
        </FormField>
      )}
      {error && <Alert>{error}</Alert>}
      {step === 'verifying' && <p className="package-progress">{t('importWizard.verifying')}</p>}
      {step === 'previewing' && <p className="package-progress">{t('importWizard.previewing')}</p>}
      {verified && (
        <>
          <Alert kind="success">
            {t('importWizard.verified', { name: verified.senderName ?? verified.sender, code: verified.sender })}
          </Alert>
          <Facts verified={verified} />
        </>
      )}
      {outcome && (
        <>
          {outcome.summary && (
            <>
              <h3 className="package-preview-title">{t('importWizard.previewTitle')}</h3>
              <PreviewTable summary={outcome.summary} />
            </>
          )}
          <OutcomeNote outcome={outcome} />
        </>
      )}
      {step === 'applying' && <p className="package-progress">{t('importWizard.applying')}</p>}
      {finishing && <p className="package-progress">{t('importWizard.finishing')}</p>}
    </Dialog>
  );
}
