// 应急救援队 (#/rescue-teams): the teams as a grid over SQL - searched by name or number, filtered by type, sorted
// by the clicked column - each with its members and how many are ready. Enter or a double click opens the team's
// page (#/rescue-teams/<id>), whose call-out list prints at #/rescue-teams/<id>/print. At the city a county's teams
// are listed read-only (no 新增队伍), with that county's team types.
import type { ColDef, GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RESCUE_CLERKS,
  TEAM_SORT_COLUMNS,
  type RescueTeamQuery,
  type RescueTeamRow,
  type TeamSortColumn,
} from '@core/rescue/contract';
import { call } from '../../../api/client';
import { navigate, useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader } from '../../../ui';
import { InfiniteGrid, type GridSort } from '../../../ui/grid/InfiniteGrid';
import { RosterOfficeSelect, useRosterOffice, type RosterOffice } from '../../rosters/rosterOffice';
import { useLoad } from '../../stock/useLoad';
import '../../volunteers/volunteers.css';
import '../rescue.css';
import { CalloutPrint } from '../team/CalloutPrint';
import { TeamPage } from '../team/TeamPage';
import { TeamDialog } from './TeamDialog';

export const TEAMS_PAGE = 'rescue-teams';

function teamColumns(t: TFunction): ColDef<RescueTeamRow>[] {
  const f = (key: string) => t(`rescue.field.${key}`);
  return [
    { colId: 'number', field: 'number', headerName: f('number'), width: 130, cellClass: 'mono', sortable: true },
    {
      colId: 'name',
      headerName: f('name'),
      width: 200,
      cellClass: 'cell-strong',
      sortable: true,
      valueGetter: ({ data }) => data && (data.voided ? `${data.name}（${t('rescue.voided')}）` : data.name),
    },
    { colId: 'type', field: 'type', headerName: f('type'), width: 110, sortable: true },
    { colId: 'members', field: 'members', headerName: f('members'), width: 80, type: 'numericColumn', sortable: true },
    {
      colId: 'ready',
      headerName: f('ready'),
      width: 90,
      type: 'numericColumn',
      cellRenderer: ({ data }: { data?: RescueTeamRow }) =>
        data && (
          <span className={data.ready < data.members ? 'rescue-ready-short' : undefined}>
            {t('rescue.readyOf', { ready: data.ready, members: data.members })}
          </span>
        ),
    },
    { colId: 'lastDrill', field: 'lastDrillDate', headerName: f('lastDrill'), width: 130 },
    { colId: 'contactPhone', field: 'contactPhone', headerName: f('contactPhone'), width: 130, cellClass: 'mono' },
    { colId: 'foundedDate', field: 'foundedDate', headerName: f('foundedDate'), width: 110, sortable: true },
  ];
}

export function TeamsPage() {
  const route = useRoute();
  if (route.rest[0] && route.rest[1] === 'print')
    return <CalloutPrint teamId={route.rest[0]} onBack={() => window.history.back()} />;
  if (route.rest[0]) return <TeamPage teamId={route.rest[0]} onBack={() => navigate(TEAMS_PAGE)} />;
  return <TeamsGrid />;
}

function TeamsGrid() {
  const office = useRosterOffice();
  return <Teams key={office.county ?? ''} office={office} />;
}

function Teams({ office }: { office: RosterOffice }) {
  const { t } = useTranslation();
  const officeCode = office.county;
  const canEdit = useSession().allows(RESCUE_CLERKS) && !office.readOnly;
  const [settings] = useLoad(() => call('rescue.settings.get', { officeCode }), [officeCode]);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [type, setType] = useState('');
  const [includeVoided, setIncludeVoided] = useState(false);
  const [sort, setSort] = useState<NonNullable<RescueTeamQuery['sort']>>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const grid = useRef<GridApi<RescueTeamRow> | null>(null);
  const load = useCallback(
    (offset: number, limit: number) =>
      call('rescue.teams.list', {
        ...(officeCode ? { officeCode } : {}),
        ...(typed ? { search: typed } : {}),
        ...(type ? { type } : {}),
        ...(sort.length ? { sort } : {}),
        includeVoided,
        offset,
        limit,
      }),
    [officeCode, typed, type, sort, includeVoided],
  );
  const columns = useMemo(() => teamColumns(t), [t]);
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .filter((s) => TEAM_SORT_COLUMNS.includes(s.colId as TeamSortColumn))
          .slice(0, 3)
          .map((s) => ({ column: s.colId as TeamSortColumn, direction: s.direction })),
      ),
    [],
  );

  return (
    <div className="page page-fill">
      <PageHeader title={t('rescue.title')}>
        <span className="muted" aria-live="polite">
          {total === null ? t('rescue.loading') : t('rescue.total', { count: total })}
        </span>
        {canEdit && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('rescue.add')}
          </Button>
        )}
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      <div className="vol-filters">
        <input
          type="search"
          aria-label={t('rescue.search')}
          placeholder={t('rescue.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label={t('rescue.field.type')} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{t('rescue.allTypes')}</option>
          {(settings?.teamTypes ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={includeVoided} onChange={(e) => setIncludeVoided(e.target.checked)} />
          {t('rescue.showVoided')}
        </label>
        {total !== null && total > 0 && <span className="muted">{t('rescue.openHint')}</span>}
      </div>
      <InfiniteGrid
        className="rescue-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onOpen={(row) => navigate(TEAMS_PAGE, row.id)}
        onReady={(api) => (grid.current = api)}
        emptyText={t('rescue.empty')}
      />
      <TeamDialog
        open={adding}
        team={null}
        onClose={() => setAdding(false)}
        onSaved={(row) => {
          setAdding(false);
          navigate(TEAMS_PAGE, row.id);
        }}
      />
    </div>
  );
}
