// 户籍与帮扶户 (#/households): the household register as a grid over SQL - searched by the head (name, pinyin, ID
// number tail, mobile) or the household number, filtered under the headers (attribute, place, poverty status and
// cause, beneficiary category, the office's own fields), sorted by the clicked column. Enter or a double click opens
// the household's page (#/households/<id>); 新建户 and 导入户籍 for clerks; 导出 Excel for every reader.
import type { FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_CLERKS } from '@core/households/contract';
import type { HouseholdQuery, HouseholdRow, HouseholdSortColumn } from '@core/households/roster/contract';
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { call } from '../../../api/client';
import { navigate, useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader } from '../../../ui';
import { ExportButton } from '../../../ui/ExportButton';
import { InfiniteGrid, type GridSort } from '../../../ui/grid/InfiniteGrid';
import { gridFields } from '../../customFields/customColumn';
import { customFiltersOf, filterableCustomColumns } from '../../customFields/filterColumns';
import { useCustomFields } from '../../customFields/useCustomFields';
import { HouseholdPage } from '../household/HouseholdPage';
import '../households.css';
import { choiceFiltersOf, householdColumns, SORTABLE } from './columns';
import { HouseholdDialog } from './HouseholdDialog';
import { HouseholdImport } from './HouseholdImport';

export const HOUSEHOLDS_PAGE = 'households';

export function HouseholdsPage() {
  const route = useRoute();
  if (route.rest[0])
    return <HouseholdPage householdId={route.rest[0]} tab={route.rest[1]} onBack={() => navigate(HOUSEHOLDS_PAGE)} />;
  return <HouseholdsGrid />;
}

function HouseholdsGrid() {
  const { t, i18n } = useTranslation();
  const canEdit = useSession().allows(HOUSEHOLD_CLERKS);
  const allFields = useCustomFields('households');
  const customFields = useMemo(() => gridFields(allFields), [allFields]);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [includeVoided, setIncludeVoided] = useState(false);
  const [filterModel, setFilterModel] = useState<FilterModel>({});
  const [sort, setSort] = useState<NonNullable<HouseholdQuery['sort']>>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const grid = useRef<GridApi<HouseholdRow> | null>(null);

  const query = useMemo<HouseholdQuery>(() => {
    const customFilters = customFiltersOf(filterModel, customFields);
    return {
      ...(typed ? { search: typed } : {}),
      ...choiceFiltersOf(filterModel),
      ...(customFilters.length ? { customFilters } : {}),
      ...(sort.length ? { sort } : {}),
      ...(includeVoided ? { includeVoided } : {}),
    };
  }, [typed, filterModel, customFields, sort, includeVoided]);
  const load = useCallback(
    (offset: number, limit: number) => call('households.list', { ...query, offset, limit }),
    [query],
  );
  const sources = useMemo(
    () => ({
      facets: () => call('households.facets', {}),
      categories: () => call('beneficiaries.categories.list', {}),
    }),
    [],
  );
  const columns = useMemo(
    () => [...householdColumns(t, sources), ...filterableCustomColumns<HouseholdRow>(t, i18n.language, customFields)],
    [t, sources, i18n.language, customFields],
  );
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .map((s) => ({ ...s, colId: s.colId === 'township' ? 'place' : s.colId }))
          .filter((s) => SORTABLE.includes(s.colId as HouseholdSortColumn) || isCustomFieldKey(s.colId))
          .slice(0, 3)
          .map((s) => ({ column: s.colId as HouseholdSortColumn | CustomFieldKey, direction: s.direction })),
      ),
    [],
  );
  const filtered = Object.keys(query).some((key) => key !== 'sort' && key !== 'includeVoided');

  return (
    <div className="page page-fill">
      <PageHeader title={t('households.title')}>
        <span className="muted" aria-live="polite">
          {total === null ? t('households.loading') : t('households.total', { count: total })}
        </span>
        {canEdit && (
          <>
            <Button variant="primary" onClick={() => setAdding(true)}>
              {t('households.add')}
            </Button>
            <HouseholdImport onImported={() => grid.current?.refreshInfiniteCache()} />
          </>
        )}
        <ExportButton
          label={t('households.export.button')}
          run={() => call('households.export', query)}
          done={(file) => t('households.export.done', { rows: file.rows, fileName: file.fileName })}
        />
      </PageHeader>
      <div className="hh-filters">
        <input
          type="search"
          aria-label={t('households.search')}
          placeholder={t('households.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={includeVoided} onChange={(e) => setIncludeVoided(e.target.checked)} />
          {t('households.showVoided')}
        </label>
        {total !== null && total > 0 && <span className="muted">{t('households.openHint')}</span>}
      </div>
      <InfiniteGrid
        key={customFields.map((f) => f.key).join(',')}
        className="hh-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onFilter={setFilterModel}
        onOpen={(row) => navigate(HOUSEHOLDS_PAGE, row.id)}
        onReady={(api) => (grid.current = api)}
        emptyText={filtered ? t('households.noMatch') : t('households.empty')}
      />
      <HouseholdDialog
        open={adding}
        household={null}
        onClose={() => setAdding(false)}
        onSaved={(saved) => {
          setAdding(false);
          navigate(HOUSEHOLDS_PAGE, saved.id);
        }}
      />
    </div>
  );
}
