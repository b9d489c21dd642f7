// 库存与台账: stock on hand by warehouse, item and lot (#/stock-on-hand), and the stock card of one item
// (#/stock-on-hand/card/<itemId>).
import { useTranslation } from 'react-i18next';
import type { OnHandRow } from '@core/stock/contract';
import { navigate, useRoute } from '@renderer/app/route';
import { PageHeader, Tabs } from '@renderer/ui';
import { OfficeSelect, useStockOffice } from '../offices';
import { useStockRefs } from '../useRefs';
import { OnHandGrid } from './OnHandGrid';
import { StockCardView } from './StockCardView';
import '../stock.css';

const PAGE = 'stock-on-hand';

export function OnHandPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const office = useStockOffice('all');
  const refs = useStockRefs(true, office.oneOffice);
  const tab = route.rest[0] === 'card' ? 'card' : 'onHand';
  const itemId = route.rest[0] === 'card' ? (route.rest[1] ?? '') : '';
  // 'All offices' lists rows per office; a stock card is one office's item, so opening one picks that office.
  const openCard = (row: OnHandRow) => {
    if (office.officeCode === 'all') office.setOfficeCode(row.officeCode);
    navigate(PAGE, 'card', row.itemId);
  };
  const chooseOffice = (code: string) => {
    office.setOfficeCode(code);
    if (tab === 'card') navigate(PAGE, 'card');
  };
  return (
    <div className="page page-fill stock-page">
      <PageHeader title={t('stock.onHand.title')}>
        <OfficeSelect choice={{ ...office, setOfficeCode: chooseOffice }} allowAll={tab === 'onHand'} />
      </PageHeader>
      <Tabs
        label={t('stock.onHand.title')}
        current={tab}
        onChange={(id) => (id === 'card' ? navigate(PAGE, 'card', itemId) : navigate(PAGE))}
        items={[
          {
            id: 'onHand',
            label: t('stock.onHand.tabs.onHand'),
            content: <OnHandGrid refs={refs} office={office} onCard={openCard} />,
          },
          {
            id: 'card',
            label: t('stock.onHand.tabs.card'),
            content: (
              <StockCardView
                refs={refs}
                itemId={itemId}
                officeCode={office.oneOffice}
                onItem={(id) => navigate(PAGE, 'card', id)}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
