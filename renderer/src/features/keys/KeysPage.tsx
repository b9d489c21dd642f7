// 密钥与信任 (admin): this office's key card (QR, fingerprint, print, export, replace) and the trust list
// of other offices' cards, with the import dialog that confirms a fingerprint.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyKeyCard, TrustedOfficeInfo } from '@core/exchange/keys/contract';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { errorText } from '../../i18n';
import { Alert, Button, ConfirmDialog, PageHeader, useToast } from '../../ui';
import { downloadBase64 } from '../../ui/files';
import { ImportCardDialog } from './ImportCardDialog';
import { KeyCardPrint } from './KeyCardPrint';
import { MyCardPanel } from './MyCardPanel';
import { TrustList } from './TrustList';
import './keys.css';

export function KeysPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { office } = useSession();
  const [card, setCard] = useState<MyKeyCard | null | undefined>(undefined);
  const [trusted, setTrusted] = useState<TrustedOfficeInfo[] | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [busy, setBusy] = useState(false);
  const peer = t(office.role === 'city' ? 'keys.peerCounty' : 'keys.peerCity');

  const loadCard = useCallback(async () => {
    try {
      setCard(await call('keys.myCard', {}));
      setCardError(null);
    } catch (caught) {
      setCardError(errorText(t, caught));
    }
  }, [t]);
  const loadTrusted = useCallback(async () => {
    try {
      setTrusted(await call('keys.listTrusted', {}));
      setListError(null);
    } catch (caught) {
      setListError(errorText(t, caught));
    }
  }, [t]);
  useEffect(() => {
    void loadCard();
    void loadTrusted();
  }, [loadCard, loadTrusted]);

  const act = async (run: () => Promise<void>) => {
    setBusy(true);
    try {
      await run();
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusy(false);
    }
  };
  const exportCard = () =>
    act(async () => {
      const file = await call('keys.exportCard', {});
      downloadBase64(file.fileName, file.contentBase64);
      toast.show(t('keys.exported', { fileName: file.fileName }));
    });
  const createKeys = () =>
    act(async () => {
      setCard(await call('keys.create', {}));
      toast.show(t('keys.created'));
    });

  if (printing && card) return <KeyCardPrint card={card} onBack={() => setPrinting(false)} />;
  return (
    <div className="page keys-page">
      <PageHeader title={t('keys.title')}>
        <Button variant="primary" onClick={() => setImporting(true)}>
          {t('keys.importCard')}
        </Button>
      </PageHeader>
      {cardError && <Alert>{cardError}</Alert>}
      {card === null && (
        <section className="panel">
          <h2>{t('keys.myCard')}</h2>
          <p>{t('keys.noKeys')}</p>
          <Button variant="primary" busy={busy} onClick={() => void createKeys()}>
            {t('keys.createKeys')}
          </Button>
        </section>
      )}
      {card && (
        <MyCardPanel
          card={card}
          exporting={busy}
          onPrint={() => setPrinting(true)}
          onExport={() => void exportCard()}
          onRotate={() => setRotating(true)}
        />
      )}
      {listError && <Alert>{listError}</Alert>}
      <TrustList offices={trusted} role={office.role} />

      <ImportCardDialog
        open={importing}
        onClose={() => setImporting(false)}
        onTrusted={(result) => {
          const key = result.status === 'new' ? 'keys.dialog.trusted' : 'keys.dialog.updated';
          toast.show(t(key, { name: result.office.name, code: result.office.officeCode }));
          setImporting(false);
          void loadTrusted();
        }}
      />
      <ConfirmDialog
        open={rotating}
        danger
        title={t('keys.rotateTitle')}
        message={t('keys.rotateMessage', { peer })}
        confirmLabel={t('keys.rotate')}
        onCancel={() => setRotating(false)}
        onConfirm={async () => {
          setCard(await call('keys.rotate', {}));
          setRotating(false);
          toast.show(t('keys.rotated', { peer }));
        }}
      />
    </div>
  );
}
