// 结对关系 tab: the pairings holding now (or the history too) as a grid over SQL - searched by household number,
// head or cadre, filtered by place, sorted by the clicked column - with the export; Enter opens a pairing.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_SORT_COLUMNS, type PairingQuery, type PairingRow } from '@core/pairing/pairings/contract';
import { call } from '../../../api/client';
import { ExportButton } from '../../../ui/ExportButton';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { useSorted } from '../useSorted';

function pairingColumns(t: TFunction): ColDef<PairingRow>[] {
  const c = (key: string) => t(`pairing.pairings.col.${key}`);
  const column = (key: keyof PairingRow & string, width: number, extra: Partial<ColDef<PairingRow>> = {}) => ({
    colId: key,
    field: key,
    headerName: c(key),
    width,
    ...extra,
  });
  return [
    column('householdNumber', 150, { sortable: true, cellClass: 'mono' }),
    column('headName', 90, { sortable: true, cellClass: 'cell-strong' }),
    column('headIdNumber', 180, { cellClass: 'mono' }),
    column('township', 100, { colId: 'place', sortable: true }),
    column('village', 100),
    column('cadreName', 100, { sortable: true }),
    column('cadreUnit', 170),
    column('cadrePhone', 130, { cellClass: 'mono' }),
    column('fromDate', 110, { sortable: true }),
    column('toDate', 110),
    column('endReason', 140),
    column('lastVisit', 110),
  ];
}

export function PairingGrid({ version, onOpen }: { version: number; onOpen(row: PairingRow): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [township, setTownship] = useState('');
  const [village, setVillage] = useState('');
  const typedTownship = useDeferredValue(township.trim());
  const typedVillage = useDeferredValue(village.trim());
  const [includeEnded, setIncludeEnded] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const { sort, onSort } = useSorted(PAIRING_SORT_COLUMNS);
  const query = useMemo<PairingQuery>(
    () => ({
      ...(typed ? { search: typed } : {}),
      ...(typedTownship ? { township: typedTownship } : {}),
      ...(typedVillage ? { village: typedVillage } : {}),
      ...(sort.length ? { sort } : {}),
      includeEnded,
    }),
    [typed, typedTownship, typedVillage, sort, includeEnded],
  );
  const load = useCallback(
    (offset: number, limit: number) => call('pairing.pairings.list', { ...query, offset, limit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a save elsewhere (version) reads the grid again
    [query, version],
  );
  const columns = useMemo(() => pairingColumns(t), [t]);
  const p = (key: string, values: Record<string, unknown> = {}) => t(`pairing.pairings.${key}`, values);
  return (
    <div className="pairing-tab">
      <div className="vol-filters">
        <input
          type="search"
          aria-label={p('search')}
          placeholder={p('search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <input
          className="pairing-place"
          aria-label={p('township')}
          placeholder={p('township')}
          value={township}
          onChange={(e) => setTownship(e.target.value)}
        />
        <input
          className="pairing-place"
          aria-label={p('village')}
          placeholder={p('village')}
          value={village}
          onChange={(e) => setVillage(e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)} />
          {p('includeEnded')}
        </label>
        <span className="muted" aria-live="polite">
          {total === null ? t('pairing.loading') : p('total', { count: total })}
        </span>
        <ExportButton
          label={t('pairing.export')}
          run={() => call('pairing.pairings.export', query)}
          done={(file) => t('pairing.exported', { count: file.rows })}
        />
      </div>
      {total !== null && total > 0 && <p className="vol-empty">{p('openHint')}</p>}
      <InfiniteGrid
        className="pairing-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onOpen={onOpen}
        emptyText={p('empty')}
      />
    </div>
  );
}
