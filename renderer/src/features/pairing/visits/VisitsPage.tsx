// 走访记录 (#/pairing-visits): the visit log as a grid over SQL - searched by household number, head or cadre,
// filtered by dates, goods and signature, sorted by the clicked column - with the export and 记录走访; Enter edits a
// visit. #/pairing-visits/household/<id> is a household's page, #/pairing-visits/handbook/<id> its 扶贫手册 print.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_CLERKS } from '@core/pairing/contract';
import { VISIT_SORT_COLUMNS, type VisitQuery, type VisitRow } from '@core/pairing/visits/contract';
import { call } from '../../../api/client';
import { navigate, useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, DateInput, PageHeader } from '../../../ui';
import { ExportButton } from '../../../ui/ExportButton';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { fenToYuan } from '../../stock/money';
import '../../volunteers/volunteers.css';
import { HandbookPrint } from '../household/HandbookPrint';
import { HouseholdPairingPage } from '../household/HouseholdPairingPage';
import '../pairing.css';
import { householdPage, VISITS_PAGE } from '../routes';
import { useSorted } from '../useSorted';
import { VisitDialog } from './VisitDialog';

function visitColumns(t: TFunction): ColDef<VisitRow>[] {
  const c = (key: string) => t(`visits.col.${key}`);
  return [
    { colId: 'visitDate', field: 'visitDate', headerName: c('visitDate'), width: 100, sortable: true },
    {
      colId: 'householdNumber',
      field: 'householdNumber',
      headerName: c('householdNumber'),
      width: 130,
      sortable: true,
      cellClass: 'mono',
    },
    {
      colId: 'headName',
      field: 'headName',
      headerName: c('headName'),
      width: 76,
      sortable: true,
      cellClass: 'cell-strong',
    },
    { colId: 'township', field: 'township', headerName: c('township'), width: 70 },
    { colId: 'village', field: 'village', headerName: c('village'), width: 70 },
    { colId: 'cadreName', field: 'cadreName', headerName: c('cadreName'), width: 80, sortable: true },
    { colId: 'found', field: 'found', headerName: c('found'), width: 140, tooltipField: 'found' },
    { colId: 'done', field: 'done', headerName: c('done'), width: 140, tooltipField: 'done' },
    {
      colId: 'money',
      headerName: c('money'),
      width: 90,
      type: 'numericColumn',
      valueGetter: ({ data }) => (data && data.moneyFen > 0 ? fenToYuan(data.moneyFen) : ''),
    },
    { colId: 'goods', field: 'goods', headerName: c('goods'), width: 120 },
    {
      colId: 'documentStatus',
      headerName: c('documentStatus'),
      width: 70,
      valueGetter: ({ data }) => (data?.documentStatus ? t(`visits.documentStatus.${data.documentStatus}`) : ''),
    },
    {
      colId: 'acknowledged',
      headerName: c('acknowledged'),
      width: 60,
      valueGetter: ({ data }) => (data ? t(data.acknowledged ? 'visits.signed.yes' : 'visits.signed.no') : ''),
    },
  ];
}

export function VisitsPage() {
  const route = useRoute();
  if (route.rest[0] === 'handbook' && route.rest[1])
    return <HandbookPrint householdId={route.rest[1]} onBack={() => window.history.back()} />;
  if (route.rest[0] === 'household' && route.rest[1])
    return <HouseholdPairingPage householdId={route.rest[1]} onBack={() => navigate(VISITS_PAGE)} />;
  return <VisitsGrid />;
}

function VisitsGrid() {
  const { t } = useTranslation();
  const canEdit = useSession().allows(PAIRING_CLERKS);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [withGoods, setWithGoods] = useState(false);
  const [signed, setSigned] = useState('');
  const [includeVoided, setIncludeVoided] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<VisitRow | null | 'new'>(null);
  const { sort, onSort } = useSorted(VISIT_SORT_COLUMNS);
  const query = useMemo<VisitQuery>(
    () => ({
      ...(typed ? { search: typed } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(from) ? { from } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(to) ? { to } : {}),
      ...(withGoods ? { withGoods: true } : {}),
      ...(signed ? { acknowledged: signed === 'yes' } : {}),
      ...(sort.length ? { sort } : {}),
      includeVoided,
    }),
    [typed, from, to, withGoods, signed, sort, includeVoided],
  );
  const load = useCallback(
    (offset: number, limit: number) => call('pairing.visits.list', { ...query, offset, limit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a saved visit (version) reads the grid again
    [query, version],
  );
  const columns = useMemo(() => visitColumns(t), [t]);
  const w = (key: string, values: Record<string, unknown> = {}) => t(`visits.${key}`, values);
  return (
    <div className="page page-fill pairing-page">
      <PageHeader title={w('title')}>
        <span className="muted" aria-live="polite">
          {total === null ? t('pairing.loading') : w('total', { count: total })}
        </span>
        <ExportButton
          label={t('pairing.export')}
          run={() => call('pairing.visits.export', query)}
          done={(file) => t('pairing.exported', { count: file.rows })}
        />
        {canEdit && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {w('add')}
          </Button>
        )}
      </PageHeader>
      <div className="vol-filters">
        <input
          type="search"
          aria-label={w('search')}
          placeholder={w('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="pairing-inline">
          {w('from')}
          <DateInput value={from} onValue={setFrom} aria-label={w('from')} />
        </label>
        <label className="pairing-inline">
          {w('to')}
          <DateInput value={to} onValue={setTo} aria-label={w('to')} />
        </label>
        <label className="check">
          <input type="checkbox" checked={withGoods} onChange={(e) => setWithGoods(e.target.checked)} />
          {w('withGoods')}
        </label>
        <select aria-label={w('signed.all')} value={signed} onChange={(e) => setSigned(e.target.value)}>
          <option value="">{w('signed.all')}</option>
          <option value="yes">{w('signed.yes')}</option>
          <option value="no">{w('signed.no')}</option>
        </select>
        <label className="check">
          <input type="checkbox" checked={includeVoided} onChange={(e) => setIncludeVoided(e.target.checked)} />
          {w('showVoided')}
        </label>
      </div>
      {total !== null && total > 0 && <p className="vol-empty">{w('openHint')}</p>}
      <InfiniteGrid
        className="pairing-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onOpen={(row) => (canEdit ? setEditing(row) : navigate(...householdPage(row.householdId)))}
        emptyText={w('empty')}
      />
      <VisitDialog
        open={editing !== null}
        visit={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setVersion((n) => n + 1);
        }}
      />
    </div>
  );
}
