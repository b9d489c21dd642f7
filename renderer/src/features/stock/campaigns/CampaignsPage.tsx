// 物资发放: distribution campaigns (博爱送万家, relief after a disaster): the list (#/stock-campaigns),
// one campaign (#/stock-campaigns/c/<id>) and its sign-off sheet (#/stock-campaigns/print/<id>).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignRow } from '@core/stock/campaigns/contract';
import { navigate, useRoute } from '@renderer/app/route';
import { useSession } from '@renderer/app/session';
import { Button, PageHeader } from '@renderer/ui';
import { stockCall } from '../api';
import { dateCol, quantityCol, textCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';
import { CampaignForm } from './CampaignForm';
import { CampaignView } from './CampaignView';
import { SignOffPrint } from './SignOffPrint';
import '../stock.css';

const PAGE = 'stock-campaigns';

export function CampaignsPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const session = useSession();
  const [rows, reload] = useLoad(() => stockCall('stock.campaigns.list', {}), []);
  const [creating, setCreating] = useState(false);
  const columns = useMemo(
    () => [
      textCol<CampaignRow>(t, 'name', 220, {
        headerName: t('stock.campaigns.name'),
        cellClass: 'cell-strong',
        cellRenderer: ({ data }: { data?: CampaignRow }) =>
          data && (
            <button type="button" className="cell-link cell-open" onClick={() => navigate(PAGE, 'c', data.id)}>
              {data.name}
            </button>
          ),
      }),
      dateCol<CampaignRow>(t, 'date', 104, { headerName: t('stock.campaigns.date'), sort: 'desc' }),
      textCol<CampaignRow>(t, 'warehouseName', 130),
      textCol<CampaignRow>(t, 'eventName', 180, { headerName: t('stock.editor.event') }),
      quantityCol<CampaignRow>(t, 'households', 80),
      quantityCol<CampaignRow>(t, 'issued', 80, { headerName: t('stock.campaigns.issued') }),
      quantityCol<CampaignRow>(t, 'waiting', 80, { headerName: t('stock.campaigns.waiting') }),
      textCol<CampaignRow>(t, 'documents', 180, {
        headerName: t('stock.docType.issue'),
        cellClass: 'mono',
        valueFormatter: (p) => (p.data?.documents ?? []).map((d) => d.number).join('、'),
      }),
    ],
    [t],
  );

  if (route.rest[0] === 'print' && route.rest[1]) {
    return <SignOffPrint id={route.rest[1]} documentId={route.rest[2]} onBack={() => window.history.back()} />;
  }
  const openId = route.rest[0] === 'c' ? route.rest[1] : undefined;
  const current = rows?.find((row) => row.id === openId);

  return (
    <div className="page page-fill stock-page">
      <PageHeader title={current ? `${t('stock.campaigns.title')} · ${current.name}` : t('stock.campaigns.title')}>
        {!openId && session.hasRole('warehouse') && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('stock.campaigns.add')}
          </Button>
        )}
      </PageHeader>
      {openId ? (
        <CampaignView
          id={openId}
          onBack={() => navigate(PAGE)}
          onPrint={(id) => navigate(PAGE, 'print', id)}
          onChanged={reload}
        />
      ) : (
        <StockGrid<CampaignRow>
          rows={rows}
          columns={columns}
          exportName={t('stock.campaigns.title')}
          rowId={(row) => row.id}
          emptyText={t('stock.campaigns.noRows')}
          onRowDoubleClicked={(row) => navigate(PAGE, 'c', row.id)}
          rowClassRules={{ 'row-voided': (p) => Boolean(p.data?.voided) }}
          toolbar={rows?.length ? <span className="muted">{t('stock.campaigns.openHint')}</span> : null}
        />
      )}
      <CampaignForm
        open={creating}
        detail={null}
        onClose={() => setCreating(false)}
        onSaved={(detail) => {
          setCreating(false);
          reload();
          navigate(PAGE, 'c', detail.campaign.id);
        }}
      />
    </div>
  );
}
