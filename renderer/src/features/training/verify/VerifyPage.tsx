// 证书查验 (#/training-verify): a USB 2D scanner types the QR text into the box and ends with Enter, or a clerk
// pastes it; the page says whether the certificate is genuine and, for a genuine one, its holder, masked ID
// number, kind, dates, issuing office and status - or a plain refusal in the user's language. Every check is
// audited by the backend.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '@core/training/certificates/contract';
import { errorText } from '@renderer/i18n';
import { formatDate } from '@renderer/i18n/format';
import { Button, PageHeader, useToast } from '@renderer/ui';
import { certificateCall } from '../certificates/api';
import '../certificates/certificates.css';

function ResultPanel({ result }: { result: Verification }) {
  const { t } = useTranslation();
  if (!result.ok)
    return (
      <div className="verify-result verify-bad" role="alert" data-outcome={result.code}>
        <h2>{t('verify.refused')}</h2>
        <p>{t(`errors.${result.code}`)}</p>
      </div>
    );
  const shown = result.status === 'VALID' && result.expiring ? 'EXPIRING' : result.status;
  const tone = result.status === 'VALID' ? 'verify-ok' : result.status === 'EXPIRED' ? 'verify-warn' : 'verify-bad';
  const rows: [string, string][] = [
    [t('certificates.field.name'), result.name],
    [t('certificates.field.idNumber'), result.idMasked],
    [t('certificates.field.kind'), result.kind],
    [t('certificates.field.number'), result.number],
    [t('certificates.field.issueDate'), formatDate(result.issued)],
    [t('certificates.field.expiryDate'), formatDate(result.expires)],
    [t('certificates.field.office'), `${result.office.name}（${result.office.code}）`],
  ];
  return (
    <div className={`verify-result ${tone}`} role="status" data-outcome={result.status}>
      <h2>{t(`verify.result.${shown}`)}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('verify.compare')}</p>
    </div>
  );
}

export function VerifyPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<Verification | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    if (busy || !text.trim()) return;
    setBusy(true);
    try {
      setResult(await certificateCall('training.certificates.verify', { text }));
      // Ready for the next scan: the scanner types into an empty box.
      setText('');
    } catch (error) {
      toast.show(errorText(t, error), 'error');
    } finally {
      setBusy(false);
      box.current?.focus();
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void check();
    }
  };
  return (
    <div className="page">
      <PageHeader title={t('verify.title')} />
      <div className="verify-box">
        <label htmlFor="verify-text">{t('verify.label')}</label>
        <textarea
          id="verify-text"
          ref={box}
          autoFocus
          spellCheck={false}
          value={text}
          maxLength={4000}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="muted">{t('verify.hint')}</p>
        <Button variant="primary" disabled={busy || !text.trim()} onClick={() => void check()}>
          {t('verify.check')}
        </Button>{' '}
        <Button onClick={() => (setText(''), setResult(null), box.current?.focus())}>{t('verify.clear')}</Button>
        {result && <ResultPanel result={result} />}
      </div>
    </div>
  );
}
