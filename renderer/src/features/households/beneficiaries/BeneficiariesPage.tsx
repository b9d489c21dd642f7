// 救助对象 (#/beneficiaries): who is in which category - people and households, with their household and place,
// from and to - as a grid over SQL filtered by category and kind and searched by name (pinyin, ID number tail), the
// ended ones on request; Enter opens the household at its categories, 受助情况 at its 走访与受助 tab (what it received
// in a year, the paired-assistance timeline).
// The second tab edits the office's categories.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryListRow } from '@core/households/beneficiaries/contract';
import { HOUSEHOLD_CLERKS } from '@core/households/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { useSession } from '../../../app/session';
import { PageHeader, Tabs } from '../../../ui';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { useLoad } from '../../stock/useLoad';
import '../households.css';
import { CategoriesEditor } from './CategoriesEditor';

function columns(t: TFunction): ColDef<BeneficiaryListRow>[] {
  const f = (key: string) => t(`beneficiaries.field.${key}`);
  return [
    { field: 'categoryName', headerName: f('category'), width: 100, cellClass: 'cell-strong' },
    {
      colId: 'kind',
      headerName: f('kind'),
      width: 70,
      valueGetter: ({ data }) => data && f(data.householdId ? 'household' : 'person'),
    },
    { field: 'name', headerName: f('name'), width: 96 },
    { field: 'idNumber', headerName: f('idNumber'), width: 168, cellClass: 'mono' },
    { field: 'householdNumber', headerName: f('householdNumber'), width: 136, cellClass: 'mono' },
    { field: 'township', headerName: f('township'), width: 100 },
    { field: 'village', headerName: f('village'), width: 100 },
    { field: 'fromDate', headerName: f('fromDate'), width: 104 },
    {
      colId: 'toDate',
      headerName: f('toDate'),
      width: 104,
      valueGetter: ({ data }) => data && (data.toDate ?? f('current')),
    },
    { field: 'notes', headerName: f('notes'), width: 160 },
    {
      colId: 'received',
      headerName: f('received'),
      width: 100,
      cellRenderer: ({ data }: { data?: BeneficiaryListRow }) =>
        data?.openHouseholdId && <a href={`#/households/${data.openHouseholdId}/visits`}>{f('receivedLink')}</a>,
    },
  ];
}

export function BeneficiariesPage() {
  const { t } = useTranslation();
  const canEdit = useSession().allows(HOUSEHOLD_CLERKS);
  const [tab, setTab] = useState('list');
  const [version, setVersion] = useState(0);
  const [categories] = useLoad(() => call('beneficiaries.categories.list', {}), [version]);
  const b = (key: string, values: Record<string, unknown> = {}) => t(`beneficiaries.${key}`, values);
  return (
    <div className="page page-fill hh-page">
      <PageHeader title={b('title')} />
      <Tabs
        label={b('title')}
        current={tab}
        onChange={setTab}
        items={[
          { id: 'list', label: b('tabs.list'), content: <BeneficiaryList categories={categories ?? []} /> },
          {
            id: 'categories',
            label: b('tabs.categories'),
            content: (
              <CategoriesEditor
                categories={categories ?? []}
                canEdit={canEdit}
                onChanged={() => setVersion((v) => v + 1)}
              />
            ),
          },
        ]}
      />
    </div>
  );
}

function BeneficiaryList({ categories }: { categories: { id: string; name: string; current: number }[] }) {
  const { t } = useTranslation();
  const b = (key: string, values: Record<string, unknown> = {}) => t(`beneficiaries.${key}`, values);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [categoryId, setCategoryId] = useState('');
  const [kind, setKind] = useState<'' | 'person' | 'household'>('');
  const [includeEnded, setIncludeEnded] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const load = useCallback(
    (offset: number, limit: number) =>
      call('beneficiaries.list', {
        ...(typed ? { search: typed } : {}),
        ...(categoryId ? { categoryId } : {}),
        ...(kind ? { kind } : {}),
        includeEnded,
        offset,
        limit,
      }),
    [typed, categoryId, kind, includeEnded],
  );
  const cols = useMemo(() => columns(t), [t]);
  return (
    <div className="hh-tab">
      <div className="hh-filters">
        <input
          type="search"
          aria-label={b('search')}
          placeholder={b('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <select aria-label={b('field.category')} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
          <option value="">{b('allCategories')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {b('categoryCount', { name: c.name, count: c.current })}
            </option>
          ))}
        </select>
        <select aria-label={b('field.kind')} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="">{b('allKinds')}</option>
          <option value="household">{b('field.household')}</option>
          <option value="person">{b('field.person')}</option>
        </select>
        <label className="check">
          <input type="checkbox" checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)} />
          {b('includeEnded')}
        </label>
        {total !== null && <span className="muted">{b('total', { count: total })}</span>}
        {total !== null && total > 0 && <span className="muted">{b('openHint')}</span>}
      </div>
      <InfiniteGrid
        className="hh-grid"
        load={load}
        columns={cols}
        onTotal={setTotal}
        onOpen={(row) => row.openHouseholdId && navigate('households', row.openHouseholdId, 'beneficiaries')}
        emptyText={b('empty')}
      />
    </div>
  );
}
