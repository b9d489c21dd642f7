// The certificate printed: an A4 page (#/training-certificates/print/a4/<ids>) or a card of 85.6 × 54 mm, front
// and back (#/training-certificates/print/card/<ids>), each with the office, the holder's name, gender, ID number
// (masked unless the user may see it), kind, number, dates, photo if any and the signed QR at least 35 mm wide.
import { useTranslation } from 'react-i18next';
import type { CertificateSheet } from '@core/training/register/contract';
import { formatDate } from '@renderer/i18n/format';
import { PrintView } from '@renderer/ui/print/PrintView';
import { useLoad } from '../../stock/useLoad';
import { certificateCall } from './api';
import './certificates.css';

export type PrintFormat = 'a4' | 'card';

export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function Qr({ sheet, className }: { sheet: CertificateSheet; className: string }) {
  return <img className={className} src={qrImageSource(sheet.qrSvg)} alt={sheet.number} data-qr={sheet.qrText} />;
}

function Photo({ sheet }: { sheet: CertificateSheet }) {
  const { t } = useTranslation();
  return sheet.photo ? (
    <img className="cert-photo" src={sheet.photo} alt="" />
  ) : (
    <div className="cert-photo cert-photo-empty">{t('certificates.print.noPhoto')}</div>
  );
}

function Facts({ sheet }: { sheet: CertificateSheet }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('certificates.field.name'), sheet.name],
    [t('certificates.field.gender'), sheet.gender ? t(`certificates.gender.${sheet.gender}`) : ''],
    [t('certificates.field.idNumber'), sheet.idNumber],
    [t('certificates.field.kind'), sheet.kind],
    [t('certificates.field.number'), sheet.number],
    [t('certificates.field.issueDate'), formatDate(sheet.issueDate)],
    [t('certificates.field.expiryDate'), formatDate(sheet.expiryDate)],
  ];
  return (
    <dl className="cert-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function A4Page({ sheet }: { sheet: CertificateSheet }) {
  const { t } = useTranslation();
  return (
    <article className="print-sheet cert-a4">
      <div className="cert-a4-office">{sheet.officeName}</div>
      <h1 className="cert-a4-title">{t('certificates.print.title', { kind: sheet.kind })}</h1>
      <div className="cert-a4-body">
        <Photo sheet={sheet} />
        <Facts sheet={sheet} />
      </div>
      <p className="cert-a4-text">{t('certificates.print.body')}</p>
      <div className="cert-a4-foot">
        <div className="cert-a4-sign">
          <div>{sheet.officeName}</div>
          {sheet.signatory && (
            <div>
              {t('certificates.field.signatory')}：{sheet.signatory}
            </div>
          )}
          <div>{formatDate(sheet.issueDate)}</div>
        </div>
        <figure className="cert-a4-qr">
          <Qr sheet={sheet} className="cert-qr cert-qr-a4" />
          <figcaption>{t('certificates.print.scan')}</figcaption>
        </figure>
      </div>
    </article>
  );
}

function Card({ sheet }: { sheet: CertificateSheet }) {
  const { t } = useTranslation();
  return (
    <article className="print-sheet cert-cards">
      <section className="cert-card cert-card-front">
        <header>
          <span>{sheet.officeName}</span>
          <b>{t('certificates.print.title', { kind: sheet.kind })}</b>
        </header>
        <div className="cert-card-body">
          <Photo sheet={sheet} />
          <Facts sheet={sheet} />
        </div>
      </section>
      <section className="cert-card cert-card-back" aria-label={t('certificates.print.back')}>
        <Qr sheet={sheet} className="cert-qr cert-qr-card" />
        <p>{t('certificates.print.backNote', { office: sheet.officeName })}</p>
      </section>
    </article>
  );
}

export function CertificatePrint({ format, ids, onBack }: { format: PrintFormat; ids: string[]; onBack(): void }) {
  const { t } = useTranslation();
  const [sheets] = useLoad(() => certificateCall('training.certificates.sheets', { ids }), [ids.join(',')]);
  const title =
    sheets?.length === 1
      ? `${t(format === 'a4' ? 'certificates.printA4' : 'certificates.printCard')} ${sheets[0]!.number}`
      : t('certificates.batchPrint');
  return (
    <PrintView title={title} ready={sheets !== null} onBack={onBack}>
      {sheets?.map((sheet) =>
        format === 'a4' ? <A4Page key={sheet.id} sheet={sheet} /> : <Card key={sheet.id} sheet={sheet} />,
      )}
    </PrintView>
  );
}
