// The three alert lists as grids over SQL: pairings overdue for a visit (searched, by place), supported households
// with no cadre (Enter pairs one), cadres over the limit (Enter opens their pairings' grid).
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueRow, OverloadedRow, UncoveredRow } from '@core/pairing/alerts/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { Button } from '../../../ui';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { contactCardsPrint, householdPage } from '../routes';

const columnsOf = <R,>(t: TFunction, prefix: string, keys: [keyof R & string, number][]): ColDef<R>[] =>
  keys.map(([key, width]) => {
    const header: string = `${prefix}.${key}`;
    return { colId: key, headerName: t(header), width, valueGetter: ({ data }) => (data ? data[key] : '') };
  });

export function OverdueGrid({ version, onTotal }: { version: number; onTotal(total: number, note: string): void }) {
  const { t } = useTranslation();
  const o = (key: string, values: Record<string, unknown> = {}) => t(`alerts.overdue.${key}`, values);
  const [search, setSearch] = useState('');
  const [township, setTownship] = useState('');
  const [village, setVillage] = useState('');
  const typed = useDeferredValue(search.trim());
  const typedTownship = useDeferredValue(township.trim());
  const typedVillage = useDeferredValue(village.trim());
  const load = useCallback(
    async (offset: number, limit: number) => {
      const page = await call('pairing.overdue', {
        ...(typed ? { search: typed } : {}),
        ...(typedTownship ? { township: typedTownship } : {}),
        ...(typedVillage ? { village: typedVillage } : {}),
        offset,
        limit,
      });
      onTotal(page.total, o('note', { months: page.months, cutoff: page.cutoff }));
      return page;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saved settings (version) read the list again
    [typed, typedTownship, typedVillage, version],
  );
  const columns = useMemo<ColDef<OverdueRow>[]>(
    () => [
      ...columnsOf<OverdueRow>(t, 'alerts.overdue.col', [
        ['householdNumber', 150],
        ['headName', 90],
        ['headIdNumber', 180],
        ['township', 100],
        ['village', 100],
        ['cadreName', 100],
        ['cadrePhone', 130],
        ['fromDate', 110],
      ]),
      {
        colId: 'lastVisit',
        headerName: t('alerts.overdue.col.lastVisit'),
        width: 110,
        valueGetter: ({ data }) => (data ? (data.lastVisit ?? t('alerts.overdue.never')) : ''),
      },
      { colId: 'overdueSince', field: 'overdueSince', headerName: t('alerts.overdue.col.overdueSince'), width: 110 },
    ],
    [t],
  );
  return (
    <div className="pairing-tab">
      <div className="vol-filters">
        <input
          type="search"
          aria-label={o('search')}
          placeholder={o('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <input
          className="pairing-place"
          aria-label={o('township')}
          placeholder={o('township')}
          value={township}
          onChange={(e) => setTownship(e.target.value)}
        />
        <input
          className="pairing-place"
          aria-label={o('village')}
          placeholder={o('village')}
          value={village}
          onChange={(e) => setVillage(e.target.value)}
        />
        <Button onClick={() => navigate(...contactCardsPrint(township.trim(), village.trim()))}>{o('cards')}</Button>
      </div>
      <InfiniteGrid
        className="pairing-grid"
        load={load}
        columns={columns}
        onOpen={(row) => navigate(...householdPage(row.householdId))}
        emptyText={o('empty')}
      />
    </div>
  );
}

export function UncoveredGrid({ version, onOpen }: { version: number; onOpen(row: UncoveredRow): void }) {
  const { t } = useTranslation();
  const load = useCallback(
    (offset: number, limit: number) => call('pairing.uncovered', { offset, limit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a pairing made (version) reads the list again
    [version],
  );
  const columns = useMemo<ColDef<UncoveredRow>[]>(
    () => [
      ...columnsOf<UncoveredRow>(t, 'alerts.uncovered.col', [
        ['number', 150],
        ['headName', 90],
        ['headIdNumber', 180],
        ['township', 100],
        ['village', 100],
      ]),
      {
        colId: 'attribute',
        headerName: t('alerts.uncovered.col.attribute'),
        width: 110,
        valueGetter: ({ data }) => (data ? t(`household.attribute.${data.attribute}`) : ''),
      },
      {
        colId: 'povertyStatus',
        headerName: t('alerts.uncovered.col.povertyStatus'),
        width: 100,
        valueGetter: ({ data }) => (data ? t(`alerts.uncovered.status.${data.povertyStatus}`) : ''),
      },
      ...columnsOf<UncoveredRow>(t, 'alerts.uncovered.col', [
        ['lastCadreName', 110],
        ['lastEnded', 110],
      ]),
    ],
    [t],
  );
  return (
    <div className="pairing-tab">
      <p className="vol-empty">{t('alerts.uncovered.note')}</p>
      <InfiniteGrid
        className="pairing-grid"
        load={load}
        columns={columns}
        onOpen={onOpen}
        emptyText={t('alerts.uncovered.empty')}
      />
    </div>
  );
}

export function OverloadedGrid({ version, max }: { version: number; max: number | null }) {
  const { t } = useTranslation();
  const load = useCallback(
    (offset: number, limit: number) => call('pairing.overloaded', { offset, limit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saved settings (version) read the list again
    [version],
  );
  const columns = useMemo<ColDef<OverloadedRow>[]>(
    () => [
      ...columnsOf<OverloadedRow>(t, 'alerts.overloaded.col', [
        ['name', 100],
        ['unit', 220],
      ]),
      {
        colId: 'level',
        headerName: t('alerts.overloaded.col.level'),
        width: 100,
        valueGetter: ({ data }) => (data?.level ? t(`pairing.level.${data.level}`) : ''),
      },
      ...columnsOf<OverloadedRow>(t, 'alerts.overloaded.col', [
        ['phone', 140],
        ['households', 100],
      ]),
    ],
    [t],
  );
  return (
    <div className="pairing-tab">
      <p className="vol-empty">{t('alerts.overloaded.note', { max: max ?? '' })}</p>
      <InfiniteGrid
        className="pairing-grid"
        load={load}
        columns={columns}
        emptyText={t('alerts.overloaded.empty', { max: max ?? '' })}
      />
    </div>
  );
}
