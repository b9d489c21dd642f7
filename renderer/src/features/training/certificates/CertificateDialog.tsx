// One certificate (the register's drawer): its facts, the QR it carries, the print log; print as an A4 page or
// a card (a reprint asks for its reason first), and revoke for an approver or admin (with a reason).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '@core/training/register/contract';
import { useSession } from '@renderer/app/session';
import { errorText } from '@renderer/i18n';
import { formatDate, formatDateTime } from '@renderer/i18n/format';
import { Button, Dialog, ReasonDialog, useToast } from '@renderer/ui';
import { useLoad } from '../../stock/useLoad';
import { PhotoFigure } from '../photos/PhotoFigure';
import { certificateCall } from './api';
import { qrImageSource, type PrintFormat } from './CertificatePrint';

export function CertificateDialog({
  id,
  onClose,
  onPrint,
  onChanged,
}: {
  id: string;
  onClose(): void;
  onPrint(format: PrintFormat, ids: string[]): void;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const [detail, reload] = useLoad(() => certificateCall('training.certificates.get', { id }), [id]);
  // A county's certificate at the city is read-only: no QR is signed, printed or revoked here.
  const own = detail ? detail.officeCode === session.office.code : null;
  const [sheets] = useLoad(
    () => (own ? certificateCall('training.certificates.sheets', { ids: [id] }) : Promise.resolve(null)),
    [id, own],
  );
  const [asking, setAsking] = useState<'revoke' | PrintFormat | null>(null);
  const canPrint = own === true && session.hasRole('trainer');
  const print = async (format: PrintFormat, reason?: string) => {
    await certificateCall('training.certificates.printed', { ids: [id], format, reason: reason ?? null });
    onChanged();
    onPrint(format, [id]);
  };
  const startPrint = (format: PrintFormat) => {
    if (detail && detail.printCount > 0) setAsking(format);
    else print(format).catch((error: unknown) => toast.show(errorText(t, error), 'error'));
  };
  const facts = (d: CertificateDetail): [string, string][] => [
    ['number', d.number],
    ['name', d.name],
    ['gender', d.gender ? t(`certificates.gender.${d.gender}`) : ''],
    ['idNumber', d.idNumber],
    ['kind', d.kindName],
    ['issueDate', formatDate(d.issueDate)],
    ['expiryDate', formatDate(d.expiryDate)],
    ['status', t(`certificates.status.${d.status}`)],
    ['township', d.township ?? ''],
    ['workUnit', d.workUnit ?? ''],
    ['course', d.courseNumber ?? t(`certificates.source.${d.source}`)],
    ['signatory', d.signatory ?? ''],
    ['office', d.officeName],
    ...(d.previousNumber ? [['previous', d.previousNumber] as [string, string]] : []),
    ...(d.renewedByNumber ? [['renewedBy', d.renewedByNumber] as [string, string]] : []),
    ...(d.revokeReason ? [['revokeReason', d.revokeReason] as [string, string]] : []),
  ];
  return (
    <Dialog
      open
      title={detail ? `${t('certificates.detail')} ${detail.number}` : t('certificates.detail')}
      onClose={onClose}
      width="large"
      footer={(close) => (
        <>
          {canPrint && (
            <>
              <Button onClick={() => startPrint('a4')}>{t('certificates.printA4')}</Button>
              <Button onClick={() => startPrint('card')}>{t('certificates.printCard')}</Button>
            </>
          )}
          {own && session.hasRole('approver') && detail?.status !== 'REVOKED' && (
            <Button variant="danger" onClick={() => setAsking('revoke')}>
              {t('certificates.revoke')}
            </Button>
          )}
          <Button onClick={close}>{t('certificates.close')}</Button>
        </>
      )}
    >
      {own === false && detail && (
        <p className="notice-warning">{t('certificates.readOnly', { office: detail.officeName })}</p>
      )}
      {detail && (
        <div className="cert-detail">
          <div>
            <dl>
              {facts(detail).map(([key, value]) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt>{t(`certificates.field.${key}`)}</dt>
                  <dd data-field={key}>{value}</dd>
                </div>
              ))}
            </dl>
            {detail.prints.length > 0 && (
              <div className="cert-prints">
                <b>{t('certificates.prints')}</b>
                <ul>
                  {detail.prints.map((p) => (
                    <li key={p.at}>
                      {t('certificates.printRow', {
                        at: formatDateTime(p.at),
                        by: p.by,
                        format: t(`certificates.format.${p.format}`),
                        reprint: p.reprint ? t('certificates.reprintMark', { reason: p.reason }) : '',
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <div className="cert-detail-side">
            {own && <PhotoFigure personId={detail.personId} name={detail.name} canEdit={canPrint} />}
            {own && (
              <figure className="cert-detail-qr">
                {sheets?.[0] && <img src={qrImageSource(sheets[0].qrSvg)} alt={t('certificates.qr')} />}
                <figcaption>{t('certificates.qr')}</figcaption>
              </figure>
            )}
          </div>
        </div>
      )}
      {detail && (
        <ReasonDialog
          open={asking === 'revoke'}
          title={t('certificates.revokeTitle', { number: detail.number })}
          reasonLabel={t('certificates.revokeReason')}
          message={t('certificates.revokeHint')}
          submitLabel={t('certificates.revoke')}
          onClose={() => setAsking(null)}
          onSubmit={async (reason) => {
            await certificateCall('training.certificates.revoke', { id, reason });
            setAsking(null);
            toast.show(t('certificates.revoked', { number: detail.number }), 'success');
            reload();
            onChanged();
          }}
        />
      )}
      {detail && (
        <ReasonDialog
          open={asking === 'a4' || asking === 'card'}
          title={t('certificates.reprintTitle')}
          reasonLabel={t('certificates.reprintReason')}
          message={t('certificates.reprintHint', { count: detail.printCount })}
          submitLabel={t('certificates.reprintGo')}
          submitVariant="primary"
          onClose={() => setAsking(null)}
          onSubmit={async (reason) => {
            await print(asking === 'card' ? 'card' : 'a4', reason);
            setAsking(null);
          }}
        />
      )}
    </Dialog>
  );
}
