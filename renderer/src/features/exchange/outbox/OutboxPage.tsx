// 数据上报 (county): the cities this office reports to and what a new package would carry, the packages
// sent with what the city said about each, the export wizard and the receipt import.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry, OutboxRecipient } from '@core/exchange/outbox/contract';
import { call } from '@renderer/api/client';
import { useSession } from '@renderer/app/session';
import { errorText } from '@renderer/i18n';
import { Alert, Button, PageHeader, useToast } from '@renderer/ui';
import { ExportWizard } from '../export/ExportWizard';
import { allParts, savePackageFiles } from '../export/saveFiles';
import { OutboxTable } from './OutboxTable';
import { ReceiptDialog } from './ReceiptDialog';
import './outbox.css';

function StreamLine({ recipient }: { recipient: OutboxRecipient }) {
  const { t } = useTranslation();
  const changes = Object.values(recipient.deltaCounts).reduce((a, b) => a + b, 0);
  return (
    <p className="outbox-stream">
      {t('outbox.streamLine', {
        name: recipient.name,
        code: recipient.officeCode,
        seq: recipient.nextSeq,
        pending: recipient.unacknowledged,
        changes,
      })}
      {recipient.snapshotRequired && <strong className="outbox-restored"> {t('outbox.streamRestored')}</strong>}
    </p>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { office } = useSession();
  const [recipients, setRecipients] = useState<OutboxRecipient[] | null>(null);
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [r, e] = await Promise.all([call('outbox.recipients', {}), call('outbox.list', {})]);
      setRecipients(r);
      setEntries(e);
      setError(null);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  }, [t]);
  useEffect(() => {
    if (office.role === 'county') void load();
  }, [load, office.role]);

  const writeAgain = async (entry: OutboxEntry) => {
    setBusyId(entry.packageId);
    try {
      const count = await savePackageFiles(entry.packageId, allParts(entry.files));
      toast.show(t('outbox.savedAgain', { seq: entry.seq, count }));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusyId(null);
    }
  };

  if (office.role !== 'county') {
    return (
      <div className="page page-message">
        <PageHeader title={t('outbox.title')} />
        <Alert kind="info">{t('outbox.cityOnly')}</Alert>
      </div>
    );
  }
  return (
    <div className="page outbox-page">
      <PageHeader title={t('outbox.title')}>
        <Button onClick={() => setImporting(true)}>{t('outbox.importReceipt')}</Button>
        <Button variant="primary" disabled={!recipients?.length} onClick={() => setExporting(true)}>
          {t('outbox.export')}
        </Button>
      </PageHeader>
      {error && <Alert>{error}</Alert>}
      {recipients?.length === 0 && <Alert kind="warning">{t('outbox.noRecipient')}</Alert>}
      {recipients?.map((recipient) => (
        <StreamLine key={recipient.officeCode} recipient={recipient} />
      ))}
      <h2 className="outbox-list-title">{t('outbox.list')}</h2>
      <OutboxTable entries={entries} busyId={busyId} onWriteAgain={(entry) => void writeAgain(entry)} />

      <ExportWizard
        open={exporting}
        recipients={recipients ?? []}
        onClose={() => setExporting(false)}
        onExported={() => void load()}
      />
      <ReceiptDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={(result) => {
          setImporting(false);
          toast.show(
            result.alreadyImported
              ? t('outbox.receipt.already')
              : t('outbox.receipt.done', {
                  acknowledged: result.acknowledged,
                  held: result.held,
                  rejected: result.rejected,
                }),
          );
          void load();
        }}
      />
    </div>
  );
}
