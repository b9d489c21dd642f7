// A course's certificates, for the course page: the certificates issued from it, and 发证 for the passed trainees
// still without one - a confirmation naming how many, then one action (one transaction). A second press finds
// nobody waiting, so nothing is issued twice. Batch print of the course's certificates.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@renderer/app/route';
import { useSession } from '@renderer/app/session';
import { formatDate } from '@renderer/i18n/format';
import { Button, ConfirmDialog, useToast } from '@renderer/ui';
import { useLoad } from '../../stock/useLoad';
import { certificateCall } from './api';
import { CERTIFICATES_PAGE } from './pageId';
import './certificates.css';

export function CourseCertificatesPanel({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const [preview, reloadPreview] = useLoad(
    () => certificateCall('training.certificates.coursePreview', { courseId }),
    [courseId],
  );
  const [page, reloadPage] = useLoad(
    () => certificateCall('training.certificates.list', { courseId, offset: 0, limit: 500 }),
    [courseId],
  );
  const [confirming, setConfirming] = useState(false);
  const waiting = preview?.passed.length ?? 0;
  const issue = async () => {
    const result = await certificateCall('training.certificates.issueForCourse', { courseId });
    setConfirming(false);
    if (result.issued > 0)
      toast.show(
        t('certificates.panel.issued', { count: result.issued, first: result.numbers[0], last: result.numbers.at(-1) }),
        'success',
      );
    reloadPreview();
    reloadPage();
  };
  const ids = page?.rows.map((row) => row.id) ?? [];
  return (
    <section className="cert-course-panel" aria-label={t('certificates.panel.title')}>
      <header className="cert-filters">
        <h3>{t('certificates.panel.title')}</h3>
        {session.hasRole('trainer') && (
          <Button variant="primary" disabled={waiting === 0} onClick={() => setConfirming(true)}>
            {waiting > 0 ? t('certificates.panel.issueAll', { count: waiting }) : t('certificates.panel.nothing')}
          </Button>
        )}
        {session.hasRole('trainer') && ids.length > 0 && (
          <Button onClick={() => navigate(CERTIFICATES_PAGE, 'print', 'a4', ids.join(','))}>
            {t('certificates.batchPrint')}
          </Button>
        )}
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('certificates.field.number')}</th>
            <th>{t('certificates.field.name')}</th>
            <th>{t('certificates.field.idNumber')}</th>
            <th>{t('certificates.field.issueDate')}</th>
            <th>{t('certificates.field.expiryDate')}</th>
            <th>{t('certificates.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {page?.rows.map((row) => (
            <tr key={row.id}>
              <td className="mono">
                <button type="button" className="cell-link" onClick={() => navigate(CERTIFICATES_PAGE, 'c', row.id)}>
                  {row.number}
                </button>
              </td>
              <td>{row.name}</td>
              <td className="mono">{row.idNumber}</td>
              <td>{formatDate(row.issueDate)}</td>
              <td>{formatDate(row.expiryDate)}</td>
              <td>
                <span className={`cert-status cert-status-${row.status}`}>
                  {t(`certificates.status.${row.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && preview && (
        <ConfirmDialog
          open
          title={t('certificates.panel.confirmTitle')}
          message={
            <>
              <p>
                {t('certificates.panel.confirm', {
                  count: waiting,
                  kind: preview.kindName,
                  date: formatDate(preview.endDate),
                })}
              </p>
              {preview.renewal && <p>{t('certificates.panel.confirmRenewal')}</p>}
              {preview.notPassed > 0 && <p>{t('certificates.panel.notPassed', { count: preview.notPassed })}</p>}
            </>
          }
          confirmLabel={t('certificates.panel.issue')}
          onConfirm={issue}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
