// 仓库资料: the warehouse's reference data in tabs: items, categories, warehouses (+ locations), reserve
// quotas, donors, disaster events, and month close. Keepers edit; approvers close months; others read.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarehouseRow } from '@core/stock/contract';
import { useSession } from '@renderer/app/session';
import { PageHeader, Tabs } from '@renderer/ui';
import { stockCall } from '../api';
import { useLoad } from '../useLoad';
import { categoryList, donorList, eventList, itemList, warehouseList } from './lists';
import { LocationsDialog } from './LocationsDialog';
import { MonthClose } from './MonthClose';
import { OpeningImport } from './OpeningImport';
import { QuotaList } from './QuotaList';
import { ReferenceList } from './ReferenceList';
import '../stock.css';

export function SetupPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = session.hasRole('warehouse');
  const [tab, setTab] = useState('items');
  const [categories] = useLoad(() => stockCall('stock.categories.list', {}), [tab]);
  const [warehouses] = useLoad(() => stockCall('stock.warehouses.list', {}), [tab]);
  const [items] = useLoad(() => stockCall('stock.items.list', {}), [tab]);
  const [locationsOf, setLocationsOf] = useState<WarehouseRow | null>(null);

  const lists = useMemo(
    () => ({
      items: itemList(t, categories ?? []),
      categories: categoryList(t),
      warehouses: warehouseList(t, setLocationsOf),
      donors: donorList(t),
      events: eventList(t),
    }),
    [t, categories],
  );

  const tabs = [
    {
      id: 'items',
      label: t('stock.setup.tabs.items'),
      content: <ReferenceList key="items" {...lists.items} canEdit={canEdit} />,
    },
    {
      id: 'categories',
      label: t('stock.setup.tabs.categories'),
      content: <ReferenceList key="categories" {...lists.categories} canEdit={canEdit} />,
    },
    {
      id: 'warehouses',
      label: t('stock.setup.tabs.warehouses'),
      content: <ReferenceList key="warehouses" {...lists.warehouses} canEdit={canEdit} />,
    },
    {
      id: 'quotas',
      label: t('stock.setup.tabs.quotas'),
      content: <QuotaList warehouses={warehouses ?? []} items={items ?? []} canEdit={canEdit} />,
    },
    {
      id: 'donors',
      label: t('stock.setup.tabs.donors'),
      content: <ReferenceList key="donors" {...lists.donors} canEdit={canEdit} />,
    },
    {
      id: 'events',
      label: t('stock.setup.tabs.events'),
      content: <ReferenceList key="events" {...lists.events} canEdit={canEdit} />,
    },
    {
      id: 'months',
      label: t('stock.setup.tabs.months'),
      content: <MonthClose canLock={session.hasRole('approver')} />,
    },
    ...(canEdit
      ? [
          {
            id: 'opening',
            label: t('stock.setup.tabs.opening'),
            content: <OpeningImport canImport={session.hasRole('approver')} />,
          },
        ]
      : []),
  ];

  return (
    <div className="page page-fill stock-page">
      <PageHeader title={t('stock.setup.title')} />
      <Tabs items={tabs} current={tab} onChange={setTab} label={t('stock.setup.title')} />
      <LocationsDialog warehouse={locationsOf} canEdit={canEdit} onClose={() => setLocationsOf(null)} />
    </div>
  );
}
