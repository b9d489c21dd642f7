// One distribution campaign: what each household gets, the household list (masked ID numbers), adding
// households, posting (one issue with a line per household) and the sign-off sheet.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignHouseholdRow } from '@core/stock/campaigns/contract';
import { useSession } from '@renderer/app/session';
import { Alert, Button, ConfirmDialog } from '@renderer/ui';
import { stockCall } from '../api';
import { textCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';
import { CampaignForm } from './CampaignForm';
import { HouseholdChooser } from './HouseholdChooser';

interface Props {
  id: string;
  onBack(): void;
  onPrint(id: string): void;
  onChanged(): void;
}

export function CampaignView({ id, onBack, onPrint, onChanged }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const canKeep = session.hasRole('warehouse');
  const canPost = canKeep && session.hasRole('approver');
  const [detail, reload] = useLoad(() => stockCall('stock.campaigns.get', { id }), [id]);
  const [editing, setEditing] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [posting, setPosting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const columns = useMemo(
    () => [
      {
        colId: 'no',
        headerName: t('stock.print.lineNo'),
        width: 64,
        valueGetter: (p: { node: { rowIndex: number | null } | null }) => (p.node?.rowIndex ?? 0) + 1,
        sortable: false,
      },
      textCol<CampaignHouseholdRow>(t, 'name', 110, { headerName: t('people.field.name'), cellClass: 'cell-strong' }),
      textCol<CampaignHouseholdRow>(t, 'idMasked', 190, { headerName: t('stock.field.idNumber'), cellClass: 'mono' }),
      textCol<CampaignHouseholdRow>(t, 'township', 120),
      textCol<CampaignHouseholdRow>(t, 'village', 120),
      textCol<CampaignHouseholdRow>(t, 'issueDocumentNumber', 160, {
        headerName: t('stock.docType.issue'),
        cellClass: 'mono',
      }),
      textCol<CampaignHouseholdRow>(t, 'repeated', 120, {
        headerName: t('stock.field.status'),
        valueFormatter: (p) => (p.value ? t('stock.campaigns.repeated') : ''),
      }),
    ],
    [t],
  );

  if (!detail) return <p className="muted">{t('stock.loading')}</p>;
  const c = detail.campaign;
  const goods = detail.items.map((item) => `${item.itemName} ${item.quantityPerHousehold}${item.unit}`).join(' + ');
  const changed = () => {
    reload();
    onChanged();
  };

  return (
    <div className="campaign-view">
      <div className="panel campaign-facts">
        <dl className="facts facts-inline">
          <dt>{t('stock.campaigns.date')}</dt>
          <dd>{c.date}</dd>
          <dt>{t('stock.campaigns.warehouse')}</dt>
          <dd>{c.warehouseName}</dd>
          {c.eventName && (
            <>
              <dt>{t('stock.editor.event')}</dt>
              <dd>{c.eventName}</dd>
            </>
          )}
          <dt>{t('stock.campaigns.items')}</dt>
          <dd className="campaign-goods">{goods}</dd>
          <dt>{t('stock.campaigns.households')}</dt>
          <dd>{t('stock.campaigns.progress', { households: c.households, issued: c.issued, waiting: c.waiting })}</dd>
          {c.documents.length > 0 && (
            <>
              <dt>{t('stock.docType.issue')}</dt>
              <dd className="mono">{c.documents.map((d) => d.number).join(t('stock.listSeparator'))}</dd>
            </>
          )}
        </dl>
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      <StockGrid<CampaignHouseholdRow>
        rows={detail.households}
        columns={columns}
        exportName={`${t('stock.campaigns.households')}_${c.name}`}
        exportTitle={`${c.name}（${c.date}）`}
        rowId={(row) => row.id}
        emptyText={t('stock.campaigns.noHouseholds')}
        rowClassRules={{ 'row-alert': (p) => Boolean(p.data?.repeated) }}
        toolbar={
          <>
            <Button onClick={onBack}>{t('print.back')}</Button>
            {canKeep && c.waiting >= 0 && (
              <Button onClick={() => setChoosing(true)}>{t('stock.campaigns.pickTitle')}</Button>
            )}
            {canKeep && c.issued === 0 && <Button onClick={() => setEditing(true)}>{t('stock.edit')}</Button>}
            {canPost && c.waiting > 0 && (
              <Button variant="primary" onClick={() => setPosting(true)}>
                {t('stock.campaigns.post')}
              </Button>
            )}
            {c.households > 0 && <Button onClick={() => onPrint(c.id)}>{t('stock.campaigns.signOff')}</Button>}
          </>
        }
      />
      <CampaignForm
        open={editing}
        detail={detail}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          changed();
        }}
      />
      <HouseholdChooser
        campaignId={choosing ? c.id : null}
        onClose={() => setChoosing(false)}
        onAdded={(result) => {
          setNotice(t('stock.campaigns.added', { count: result.added }));
          if (!result.repeats.length) setChoosing(false);
          changed();
        }}
      />
      <ConfirmDialog
        open={posting}
        title={t('stock.campaigns.post')}
        message={t('stock.campaigns.confirmPost', { households: c.waiting })}
        onCancel={() => setPosting(false)}
        onConfirm={async () => {
          const result = await stockCall('stock.campaigns.post', { id: c.id });
          setPosting(false);
          setNotice(t('stock.campaigns.posted', { number: result.documentNumber }));
          changed();
        }}
      />
    </div>
  );
}
