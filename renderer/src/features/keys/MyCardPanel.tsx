// This office's key card: QR code, fingerprint, key ids; print, export the file, replace the keys.
import { useTranslation } from 'react-i18next';
import type { MyKeyCard } from '@core/exchange/keys/contract';
import { formatDateTime } from '../../i18n';
import { Button } from '../../ui';
import { Fingerprint } from './Fingerprint';
import { QrCode } from './QrCode';

interface Props {
  card: MyKeyCard;
  onPrint(): void;
  onExport(): void;
  onRotate(): void;
  exporting: boolean;
}

export function MyCardPanel({ card, onPrint, onExport, onRotate, exporting }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel keycard-panel" aria-labelledby="keycard-title">
      <h2 id="keycard-title">{t('keys.myCard')}</h2>
      <p className="muted">{t('keys.myCardHint')}</p>
      <div className="keycard">
        <QrCode svg={card.qrSvg} label={t('keys.qrLabel')} />
        <div className="keycard-facts">
          <dl className="facts">
            <dt>{t('keys.office')}</dt>
            <dd>{t('keys.officeLine', { name: card.name, code: card.officeCode })}</dd>
            <dt>{t('keys.role')}</dt>
            <dd>{t(`officeRole.${card.role}`)}</dd>
            <dt>{t('keys.signingKeyId')}</dt>
            <dd className="mono">{card.signingKeyId}</dd>
            <dt>{t('keys.encryptionKeyId')}</dt>
            <dd className="mono">{card.encryptionKeyId}</dd>
            <dt>{t('keys.issuedAt')}</dt>
            <dd>
              {formatDateTime(card.issuedAt)}
              {card.previousKeyId && (
                <span className="muted">　{t('keys.previousKey', { keyId: card.previousKeyId })}</span>
              )}
            </dd>
          </dl>
          <div className="keycard-fingerprint">
            <div className="muted">{t('keys.fingerprint')}</div>
            <Fingerprint digits={card.fingerprint} label={t('keys.fingerprint')} />
          </div>
          <div className="keycard-actions">
            <Button onClick={onPrint}>{t('keys.print')}</Button>
            <Button onClick={onExport} busy={exporting}>
              {t('keys.export')}
            </Button>
            <span className="dialog-spacer" />
            <Button variant="danger" onClick={onRotate}>
              {t('keys.rotate')}
            </Button>
          </div>
        </div>
      </div>
    </section>
  );
}
