// 帮扶干部 tab: the office's cadres as a grid over SQL - searched by the person or the unit, filtered by unit level
// or by load over the office's limit, sorted by the clicked column - with the export; Enter opens a cadre.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CADRE_SORT_COLUMNS, type CadreQuery, type CadreRow } from '@core/pairing/cadres/contract';
import { CADRE_LEVELS } from '@rules/households';
import { call } from '../../../api/client';
import { ExportButton } from '../../../ui/ExportButton';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { useSorted } from '../useSorted';

function cadreColumns(t: TFunction): ColDef<CadreRow>[] {
  const c = (key: string) => t(`pairing.cadres.col.${key}`);
  return [
    {
      colId: 'name',
      headerName: c('name'),
      width: 110,
      sortable: true,
      cellClass: 'cell-strong',
      valueGetter: ({ data }) => data && (data.voided ? `${data.name}（${t('pairing.voided')}）` : data.name),
    },
    {
      colId: 'gender',
      headerName: c('gender'),
      width: 70,
      valueGetter: ({ data }) => (data?.gender ? t(`people.gender.${data.gender}`) : ''),
    },
    { colId: 'idNumber', field: 'idNumber', headerName: c('idNumber'), width: 190, cellClass: 'mono' },
    { colId: 'unit', field: 'unit', headerName: c('unit'), width: 200, sortable: true },
    {
      colId: 'level',
      headerName: c('level'),
      width: 100,
      sortable: true,
      valueGetter: ({ data }) => (data?.level ? t(`pairing.level.${data.level}`) : ''),
    },
    { colId: 'phone', field: 'phone', headerName: c('phone'), width: 140, cellClass: 'mono' },
    {
      colId: 'households',
      field: 'households',
      headerName: c('households'),
      width: 100,
      type: 'numericColumn',
      sortable: true,
      cellClass: ({ data }) => (data?.overloaded ? 'pairing-over' : ''),
    },
    { colId: 'lastVisit', field: 'lastVisit', headerName: c('lastVisit'), width: 120, sortable: true },
  ];
}

export function CadreGrid({ version, onOpen }: { version: number; onOpen(row: CadreRow): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [level, setLevel] = useState('');
  const [overloaded, setOverloaded] = useState(false);
  const [includeVoided, setIncludeVoided] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const { sort, onSort } = useSorted(CADRE_SORT_COLUMNS);
  const query = useMemo<CadreQuery>(
    () => ({
      ...(typed ? { search: typed } : {}),
      ...(level ? { level: level as CadreQuery['level'] } : {}),
      ...(overloaded ? { overloaded: true } : {}),
      ...(sort.length ? { sort } : {}),
      includeVoided,
    }),
    [typed, level, overloaded, sort, includeVoided],
  );
  const load = useCallback(
    (offset: number, limit: number) => call('pairing.cadres.list', { ...query, offset, limit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a save elsewhere (version) reads the grid again
    [query, version],
  );
  const columns = useMemo(() => cadreColumns(t), [t]);
  return (
    <div className="pairing-tab">
      <div className="vol-filters">
        <input
          type="search"
          aria-label={t('pairing.cadres.search')}
          placeholder={t('pairing.cadres.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label={t('pairing.cadres.col.level')} value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value="">{t('pairing.cadres.allLevels')}</option>
          {CADRE_LEVELS.map((code) => (
            <option key={code} value={code}>
              {t(`pairing.level.${code}`)}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={overloaded} onChange={(e) => setOverloaded(e.target.checked)} />
          {t('pairing.cadres.overloaded')}
        </label>
        <label className="check">
          <input type="checkbox" checked={includeVoided} onChange={(e) => setIncludeVoided(e.target.checked)} />
          {t('pairing.cadres.showVoided')}
        </label>
        <span className="muted" aria-live="polite">
          {total === null ? t('pairing.loading') : t('pairing.cadres.total', { count: total })}
        </span>
        <ExportButton
          label={t('pairing.export')}
          run={() => call('pairing.cadres.export', query)}
          done={(file) => t('pairing.exported', { count: file.rows })}
        />
      </div>
      {total !== null && total > 0 && <p className="vol-empty">{t('pairing.cadres.openHint')}</p>}
      <InfiniteGrid
        className="pairing-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onOpen={onOpen}
        emptyText={t('pairing.cadres.empty')}
      />
    </div>
  );
}
