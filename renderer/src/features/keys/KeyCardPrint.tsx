// The key card on an A4 sheet (the shared print view): office, QR code, fingerprint in large digits,
// key ids and a line for who compared the digits by phone.
import { useTranslation } from 'react-i18next';
import type { MyKeyCard } from '@core/exchange/keys/contract';
import { formatDateTime } from '../../i18n';
import { PrintSheet } from '../../ui/print/PrintSheet';
import { PrintView } from '../../ui/print/PrintView';
import { Fingerprint } from './Fingerprint';
import { QrCode } from './QrCode';

export function KeyCardPrint({ card, onBack }: { card: MyKeyCard; onBack(): void }) {
  const { t } = useTranslation();
  const facts = [
    { label: t('keys.office'), value: t('keys.officeLine', { name: card.name, code: card.officeCode }) },
    { label: t('keys.role'), value: t(`officeRole.${card.role}`) },
    { label: t('keys.signingKeyId'), value: card.signingKeyId },
    { label: t('keys.encryptionKeyId'), value: card.encryptionKeyId },
    { label: t('keys.issuedAt'), value: formatDateTime(card.issuedAt) },
  ];
  return (
    <PrintView title={t('keys.sheet.printTitle', { code: card.officeCode, name: card.name })} ready onBack={onBack}>
      <PrintSheet
        officeName={card.name}
        title={t('keys.sheet.title')}
        facts={facts}
        signatures={[t('keys.sheet.checkedBy'), t('keys.sheet.date')]}
        footnote={card.previousKeyId ? t('keys.previousKey', { keyId: card.previousKeyId }) : undefined}
      >
        <p className="sheet-intro">{t('keys.sheet.intro')}</p>
        <div className="sheet-keycard">
          <figure>
            <QrCode svg={card.qrSvg} label={t('keys.qrLabel')} className="sheet-qr" />
            <figcaption>{t('keys.sheet.scan')}</figcaption>
          </figure>
          <div>
            <div className="sheet-section">{t('keys.fingerprint')}</div>
            <Fingerprint digits={card.fingerprint} label={t('keys.fingerprint')} />
          </div>
        </div>
      </PrintSheet>
    </PrintView>
  );
}
