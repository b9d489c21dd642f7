// 三献登记 (#/donors, 三献管理员 only): the register grid over SQL - search by name, pinyin, ID tail or registration
// number; filters by kind and stem-cell matching step; sort by the clicked column. Enter or a double click opens the
// person's record (audited, as is every page the grid reads); 新增登记 and 导出 Excel (audited too).
import type { GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonorQuery, DonorRegistrationRow, DonorSortColumn } from '@core/donors/contract';
import { DONOR_KINDS, MATCHING_STAGES, type DonorKind, type MatchingStage } from '@rules/donors';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, PageHeader, useToast } from '../../../ui';
import { downloadBase64 } from '../../../ui/files';
import { InfiniteGrid, type GridSort } from '../../../ui/grid/InfiniteGrid';
import { donorColumns, SORTABLE } from './columns';
import { DonorPersonDialog } from './DonorPersonDialog';
import { RegistrationDialog } from './RegistrationDialog';
import '../donors.css';

export function DonorsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search);
  const [kind, setKind] = useState<DonorKind | ''>('');
  const [stage, setStage] = useState<MatchingStage | ''>('');
  const [sort, setSort] = useState<NonNullable<DonorQuery['sort']>>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [opened, setOpened] = useState<{ personId: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const grid = useRef<GridApi<DonorRegistrationRow> | null>(null);

  const query = useMemo<DonorQuery>(
    () => ({
      ...(typed.trim() ? { search: typed.trim() } : {}),
      ...(kind ? { kind } : {}),
      ...(stage ? { stage } : {}),
      ...(sort.length ? { sort } : {}),
    }),
    [typed, kind, stage, sort],
  );
  const load = useCallback(
    (offset: number, limit: number) => call('donors.list', { ...query, offset, limit }),
    [query],
  );
  const columns = useMemo(() => donorColumns(t), [t]);
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .filter((s) => SORTABLE.includes(s.colId as DonorSortColumn))
          .slice(0, 3)
          .map((s) => ({ column: s.colId as DonorSortColumn, direction: s.direction })),
      ),
    [],
  );
  const refresh = () => grid.current?.refreshInfiniteCache();
  /** The matching step filters stem-cell registrations only: another kind clears it. */
  const chooseKind = (next: DonorKind | '') => {
    setKind(next);
    if (next !== '' && next !== 'stemCells') setStage('');
  };
  const exportFile = async () => {
    setExporting(true);
    try {
      const file = await call('donors.export', query);
      downloadBase64(file.fileName, file.contentBase64);
      toast.show(t('donors.exported', { rows: file.rows }));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="page page-fill">
      <PageHeader title={t('donors.title')}>
        <span className="muted" aria-live="polite">
          {total === null ? t('donors.loading') : t('donors.total', { count: total })}
        </span>
        <Button variant="primary" onClick={() => setAdding(true)}>
          {t('donors.add')}
        </Button>
        <Button busy={exporting} onClick={() => void exportFile()}>
          {t('donors.export')}
        </Button>
      </PageHeader>
      <p className="donor-audit-note">{t('donors.auditNote')}</p>
      <div className="donor-filters">
        <input
          type="search"
          aria-label={t('donors.search')}
          placeholder={t('donors.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label={t('donors.field.kind')}
          value={kind}
          onChange={(e) => chooseKind(e.target.value as DonorKind)}
        >
          <option value="">{t('donors.allKinds')}</option>
          {DONOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`donors.kind.${k}`)}
            </option>
          ))}
        </select>
        {(kind === '' || kind === 'stemCells') && (
          <select
            aria-label={t('donors.field.stage')}
            value={stage}
            onChange={(e) => setStage(e.target.value as MatchingStage)}
          >
            <option value="">{t('donors.allStages')}</option>
            {MATCHING_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`donors.kind.stemCells`)} · {t(`donors.stage.${s}`)}
              </option>
            ))}
          </select>
        )}
      </div>
      {total === 0 && !query.search && !query.kind && !query.stage && (
        <p className="donor-empty">{t('donors.empty')}</p>
      )}
      <InfiniteGrid
        className="donor-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onOpen={(row) => setOpened({ personId: row.personId })}
        onReady={(api) => (grid.current = api)}
      />
      <RegistrationDialog
        open={adding}
        registration={null}
        onClose={() => setAdding(false)}
        onSaved={(row) => {
          setAdding(false);
          refresh();
          setOpened({ personId: row.personId });
        }}
      />
      <DonorPersonDialog open={opened} onClose={() => setOpened(null)} onChanged={refresh} />
    </div>
  );
}
