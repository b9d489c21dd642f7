// 库存与台账: stock on hand by warehouse, item and lot (#/stock-on-hand), and the stock card of one item
// (#/stock-on-hand/card/<itemId>).
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../../../app/route';
import { PageHeader, Tabs } from '../../../ui';
import { useStockRefs } from '../useRefs';
import { OnHandGrid } from './OnHandGrid';
import { StockCardView } from './StockCardView';
import '../stock.css';

const PAGE = 'stock-on-hand';

export function OnHandPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const refs = useStockRefs();
  const tab = route.rest[0] === 'card' ? 'card' : 'onHand';
  const itemId = route.rest[0] === 'card' ? route.rest[1] ?? '' : '';
  return (
    <div className="page page-fill stock-page">
      <PageHeader title={t('stock.onHand.title')} />
      <Tabs label={t('stock.onHand.title')} current={tab} onChange={(id) => (id === 'card' ? navigate(PAGE, 'card', itemId) : navigate(PAGE))} items={[
        { id: 'onHand', label: t('stock.onHand.tabs.onHand'), content: <OnHandGrid refs={refs} onCard={(row) => navigate(PAGE, 'card', row.itemId)} /> },
        { id: 'card', label: t('stock.onHand.tabs.card'), content: <StockCardView refs={refs} itemId={itemId} onItem={(id) => navigate(PAGE, 'card', id)} /> },
      ]} />
    </div>
  );
}
