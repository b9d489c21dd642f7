// 证书台账: every certificate of the office (#/training-certificates), filtered by status, kind, township and
// expiring within 90 days, searched by name, pinyin, ID number tail or number; one certificate in a dialog
// (#/training-certificates/c/<id>), its print views (#/training-certificates/print/<a4|card>/<ids>) and a
// course's certificates with 发证 (#/training-certificates/course/<courseId>).
import type { GridApi } from 'ag-grid-community';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateQuery, CertificateRow, CertificateSettings } from '@core/training/register/contract';
import { navigate, useRoute } from '@renderer/app/route';
import { useSession } from '@renderer/app/session';
import { Button, PageHeader } from '@renderer/ui';
import { CERTIFICATE_STATUSES } from '@rules/training/certificateDates';
import { useLoad } from '../../stock/useLoad';
import { PhotoImportDialog } from '../photos/PhotoImportDialog';
import { certificateCall } from './api';
import { CertificateDialog } from './CertificateDialog';
import { CertificateGrid } from './CertificateGrid';
import { CertificatePrint, type PrintFormat } from './CertificatePrint';
import { CertificateSettingsDialog } from './CertificateSettingsDialog';
import { CourseCertificatesPanel } from './CourseCertificatesPanel';
import { CERTIFICATES_PAGE } from './pageId';
import './certificates.css';

export function CertificatesPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const session = useSession();
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search);
  const [status, setStatus] = useState<CertificateQuery['status']>(null);
  const [kindId, setKindId] = useState<string | null>(null);
  const [township, setTownship] = useState<string | null>(null);
  const [expiringSoon, setExpiringSoon] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [settings, setSettings] = useState<CertificateSettings | null>(null);
  const [importingPhotos, setImportingPhotos] = useState(false);
  const grid = useRef<GridApi<CertificateRow> | null>(null);
  const isCity = session.office.role === 'city';
  const [officeCode, setOfficeCode] = useState<string | null>(null);
  const [offices] = useLoad(
    () => (isCity ? certificateCall('training.certificates.offices', {}) : Promise.resolve([])),
    [isCity],
  );
  // A city that issues none itself opens on its first county.
  const firstCounty = offices && !offices.some((o) => o.own) ? (offices[0]?.code ?? null) : null;
  const shownOffice = officeCode ?? firstCounty;
  const office = shownOffice ?? undefined;
  const [kinds] = useLoad(() => certificateCall('training.certificates.kinds', { officeCode: office }), [office]);
  const [townships] = useLoad(
    () => certificateCall('training.certificates.townships', { officeCode: office }),
    [office],
  );
  const query = useMemo<CertificateQuery>(
    () => ({
      search: typed.trim() || null,
      status,
      kindId,
      township,
      expiringSoon: expiringSoon || null,
      officeCode: shownOffice,
    }),
    [typed, status, kindId, township, expiringSoon, shownOffice],
  );
  const chooseOffice = (code: string | null) => {
    setOfficeCode(code);
    setKindId(null);
    setTownship(null);
  };

  if (route.rest[0] === 'print' && route.rest[2]) {
    const format: PrintFormat = route.rest[1] === 'card' ? 'card' : 'a4';
    return <CertificatePrint format={format} ids={route.rest[2].split(',')} onBack={() => window.history.back()} />;
  }
  if (route.rest[0] === 'course' && route.rest[1]) {
    return (
      <div className="page">
        <PageHeader title={t('certificates.panel.title')}>
          <Button onClick={() => navigate(CERTIFICATES_PAGE)}>{t('certificates.title')}</Button>
        </PageHeader>
        <CourseCertificatesPanel courseId={route.rest[1]} />
      </div>
    );
  }
  const openId = route.rest[0] === 'c' ? route.rest[1] : undefined;

  return (
    <div className="page page-fill">
      <PageHeader title={t('certificates.title')}>
        {total !== null && <span className="muted">{t('certificates.total', { count: total })}</span>}
        {session.hasRole('trainer') && (
          <>
            <Button onClick={() => setImportingPhotos(true)}>{t('photos.importTitle')}</Button>
            <Button onClick={() => void certificateCall('training.certificates.settings', {}).then(setSettings)}>
              {t('certificates.settings.title')}
            </Button>
          </>
        )}
      </PageHeader>
      <div className="cert-filters">
        {isCity && (
          <select
            aria-label={t('certificates.office')}
            value={shownOffice ?? ''}
            onChange={(event) => chooseOffice(event.target.value || null)}
          >
            {!firstCounty && <option value="">{t('certificates.ownOffice', { name: session.office.name })}</option>}
            {offices
              ?.filter((o) => !o.own)
              .map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name ?? o.code}
                </option>
              ))}
          </select>
        )}
        <input
          type="search"
          aria-label={t('certificates.search')}
          placeholder={t('certificates.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label={t('certificates.field.status')}
          value={status ?? ''}
          onChange={(event) => setStatus((event.target.value || null) as CertificateQuery['status'])}
        >
          <option value="">{t('certificates.allStatuses')}</option>
          {CERTIFICATE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`certificates.status.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('certificates.field.kind')}
          value={kindId ?? ''}
          onChange={(event) => setKindId(event.target.value || null)}
        >
          <option value="">{t('certificates.allKinds')}</option>
          {kinds?.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('certificates.field.township')}
          value={township ?? ''}
          onChange={(event) => setTownship(event.target.value || null)}
        >
          <option value="">{t('certificates.allTownships')}</option>
          {townships?.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={expiringSoon} onChange={(event) => setExpiringSoon(event.target.checked)} />{' '}
          {t('certificates.expiringSoon')}
        </label>
      </div>
      <CertificateGrid
        query={query}
        onTotal={setTotal}
        onOpen={(row) => navigate(CERTIFICATES_PAGE, 'c', row.id)}
        onReady={(api) => (grid.current = api)}
      />
      {openId && (
        <CertificateDialog
          id={openId}
          onClose={() => navigate(CERTIFICATES_PAGE)}
          onPrint={(format, ids) => navigate(CERTIFICATES_PAGE, 'print', format, ids.join(','))}
          onChanged={() => grid.current?.refreshInfiniteCache()}
        />
      )}
      {importingPhotos && <PhotoImportDialog onClose={() => setImportingPhotos(false)} />}
      {settings && <CertificateSettingsDialog current={settings} onClose={() => setSettings(null)} />}
    </div>
  );
}
