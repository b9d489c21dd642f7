// 数据接收 (city): each county's stream and the packages received, the review list, the import wizard,
// receipts for a county, and - for administrators - accepting a full package after a fork.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxList, InboxPackageRow } from '@core/exchange/inbox/contract';
import { call } from '@renderer/api/client';
import { useSession } from '@renderer/app/session';
import { errorText } from '@renderer/i18n';
import { Alert, Button, ConfirmDialog, PageHeader, Tabs, useToast } from '@renderer/ui';
import { downloadBase64 } from '@renderer/ui/files';
import { ImportWizard } from '../import/ImportWizard';
import { PackagesTable, StreamsTable } from './InboxTables';
import { ReviewList } from './ReviewList';
import './inbox.css';

export function InboxPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const [list, setList] = useState<InboxList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState('packages');
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);
  const [receiptFor, setReceiptFor] = useState<string | null>(null);
  const [receiptNote, setReceiptNote] = useState<string | null>(null);
  const [accepting, setAccepting] = useState<InboxPackageRow | null>(null);

  const load = useCallback(async () => {
    try {
      setList(await call('inbox.list', {}));
      setError(null);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  }, [t]);
  useEffect(() => {
    if (session.office.role === 'city') void load();
  }, [load, session.office.role, version]);
  const changed = () => setVersion((v) => v + 1);

  const writeReceipt = async (to: string) => {
    setReceiptFor(to);
    try {
      const receipt = await call('inbox.writeReceipt', { to });
      downloadBase64(receipt.fileName, receipt.contentBase64);
      // Stays on the page (a toast goes): the clerk needs the file name and where it goes while carrying it to the county.
      const county = list?.streams.find((s) => s.sender === to)?.senderName ?? to;
      setReceiptNote(t('inbox.receiptSaved', { county, seq: receipt.seq, fileName: receipt.fileName }));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setReceiptFor(null);
    }
  };

  /** An error stays in the confirm dialog (it shows it); success closes it. */
  const accept = async () => {
    if (!accepting) return;
    await call('inbox.acceptSnapshot', { packageId: accepting.packageId });
    toast.show(t('inbox.accepted', { name: accepting.senderName ?? accepting.sender }));
    setAccepting(null);
    changed();
  };

  if (session.office.role !== 'city') {
    return (
      <div className="page page-message">
        <PageHeader title={t('inbox.title')} />
        <Alert kind="info">{t('inbox.countyOnly')}</Alert>
      </div>
    );
  }
  return (
    <div className="page inbox-page">
      <PageHeader title={t('inbox.title')}>
        <Button variant="primary" onClick={() => setImporting(true)}>
          {t('inbox.import')}
        </Button>
      </PageHeader>
      {error && <Alert>{error}</Alert>}
      {receiptNote && <Alert kind="success">{receiptNote}</Alert>}
      <Tabs
        current={tab}
        onChange={setTab}
        label={t('inbox.title')}
        items={[
          {
            id: 'packages',
            label: t('inbox.tabs.packages'),
            content: (
              <>
                <h2>{t('inbox.streams')}</h2>
                <StreamsTable
                  streams={list?.streams ?? null}
                  busy={receiptFor}
                  onReceipt={(to) => void writeReceipt(to)}
                />
                <h2>{t('inbox.packages')}</h2>
                <PackagesTable
                  packages={list?.packages ?? null}
                  canAccept={session.hasRole('admin')}
                  onAccept={setAccepting}
                />
              </>
            ),
          },
          {
            id: 'review',
            label: t('inbox.tabs.review'),
            content: <ReviewList version={version} onChanged={changed} />,
          },
        ]}
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onChanged={changed} />
      <ConfirmDialog
        open={accepting !== null}
        title={t('inbox.acceptTitle', { name: accepting?.senderName ?? accepting?.sender ?? '' })}
        message={t('inbox.acceptBody')}
        confirmLabel={t('inbox.acceptSnapshot')}
        danger
        onConfirm={accept}
        onCancel={() => setAccepting(null)}
      />
    </div>
  );
}
