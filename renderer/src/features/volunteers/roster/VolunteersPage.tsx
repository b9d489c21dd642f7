// 志愿者: the roster grid (#/volunteers) over SQL - search by name, pinyin, number or ID tail; filters by status,
// team, skill and township; sort by the clicked column (the office's in-grid custom fields too). Enter or a double click opens the volunteer (edit, status,
// void); 新增志愿者, 导入志愿者名册 and 导入历史服务时长 for clerks; 导出 Excel for every reader. Opened from a dashboard
// figure (#/volunteers/status/active, …/registeredFrom/…), it starts with that figure's filter shown. At the city a
// county's roster is shown read-only, with that county's teams, skills and fields.
import type { FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerQuery, VolunteerRow, VolunteerSortColumn } from '@core/volunteers/roster/contract';
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { VOLUNTEER_STATUSES, type VolunteerStatus } from '@rules/volunteers';
import { call } from '../../../api/client';
import { useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader } from '../../../ui';
import { InfiniteGrid, type GridSort } from '../../../ui/grid/InfiniteGrid';
import { gridFields } from '../../customFields/customColumn';
import { customFiltersOf, filterableCustomColumns } from '../../customFields/filterColumns';
import { useCustomFields } from '../../customFields/useCustomFields';
import { RosterOfficeSelect, useRosterOffice, type RosterOffice } from '../../rosters/rosterOffice';
import { useLoad } from '../../stock/useLoad';
import { HoursImport } from '../files/HoursImport';
import { RosterExport } from '../files/RosterExport';
import { RosterImport } from '../files/RosterImport';
import { useGroups } from '../useGroups';
import { SORTABLE, volunteerColumns } from './columns';
import { rosterLinkOf } from './rosterLink';
import { useReactivate, VolunteerActions, type PendingAction } from './VolunteerActions';
import { VolunteerDialog } from './VolunteerDialog';
import '../volunteers.css';

type Editing = { volunteer: VolunteerRow | null } | null;

export function VolunteersPage() {
  const office = useRosterOffice();
  return <Roster key={office.county ?? ''} office={office} />;
}

function Roster({ office }: { office: RosterOffice }) {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const allFields = useCustomFields('volunteers', { officeCode: office.county });
  const customFields = useMemo(() => gridFields(allFields), [allFields]);
  const session = useSession();
  const canEdit = session.hasRole('clerk') && !office.readOnly;
  const { teams, skills } = useGroups(office.county);
  const [townships] = useLoad(() => call('people.facets', {}), []);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search);
  const [linked] = useState(() => rosterLinkOf(route.rest));
  const [status, setStatus] = useState<VolunteerStatus | ''>(linked.status ?? '');
  const [registered, setRegistered] = useState({ from: linked.registeredFrom, to: linked.registeredTo });
  const [teamId, setTeamId] = useState('');
  const [skillId, setSkillId] = useState('');
  const [township, setTownship] = useState('');
  const [sort, setSort] = useState<NonNullable<VolunteerQuery['sort']>>([]);
  const [filterModel, setFilterModel] = useState<FilterModel>({});
  const [total, setTotal] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [action, setAction] = useState<PendingAction | null>(null);
  const grid = useRef<GridApi<VolunteerRow> | null>(null);

  const query = useMemo<VolunteerQuery>(() => {
    const customFilters = customFiltersOf(filterModel, customFields);
    return {
      ...(office.county ? { officeCode: office.county } : {}),
      ...(typed.trim() ? { search: typed.trim() } : {}),
      ...(status ? { status } : {}),
      ...(teamId ? { teamId } : {}),
      ...(skillId ? { skillId } : {}),
      ...(township ? { township } : {}),
      ...(registered.from ? { registeredFrom: registered.from } : {}),
      ...(registered.to ? { registeredTo: registered.to } : {}),
      ...(customFilters.length ? { customFilters } : {}),
      ...(sort.length ? { sort } : {}),
    };
  }, [office.county, typed, status, teamId, skillId, township, registered, sort, filterModel, customFields]);
  const load = useCallback(
    (offset: number, limit: number) => call('volunteers.list', { ...query, offset, limit }),
    [query],
  );
  const columns = useMemo(
    () => [...volunteerColumns(t), ...filterableCustomColumns<VolunteerRow>(t, i18n.language, customFields)],
    [t, customFields, i18n.language],
  );
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .filter((s) => SORTABLE.includes(s.colId as VolunteerSortColumn) || isCustomFieldKey(s.colId))
          .slice(0, 3)
          .map((s) => ({ column: s.colId as VolunteerSortColumn | CustomFieldKey, direction: s.direction })),
      ),
    [],
  );
  const refresh = () => grid.current?.refreshInfiniteCache();
  const done = () => {
    setAction(null);
    setEditing(null);
    refresh();
  };
  const reactivate = useReactivate(done);
  const select = (label: string, value: string, set: (v: string) => void, all: string, options: [string, string][]) => (
    <select aria-label={label} value={value} onChange={(event) => set(event.target.value)}>
      <option value="">{all}</option>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );

  return (
    <div className="page page-fill">
      <PageHeader title={t('volunteers.title')}>
        <span className="muted" aria-live="polite">
          {total === null ? t('volunteers.loading') : t('volunteers.total', { count: total })}
        </span>
        {canEdit && (
          <>
            <Button variant="primary" onClick={() => setEditing({ volunteer: null })}>
              {t('volunteers.add')}
            </Button>
            <RosterImport onImported={refresh} />
            <HoursImport onImported={refresh} />
          </>
        )}
        <RosterExport query={query} />
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      <div className="vol-filters">
        <input
          type="search"
          aria-label={t('volunteers.search')}
          placeholder={t('volunteers.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {select(
          t('volunteers.field.status'),
          status,
          (v) => setStatus(v as VolunteerStatus | ''),
          t('volunteers.allStatuses'),
          VOLUNTEER_STATUSES.map((s) => [s, t(`volunteers.status.${s}`)]),
        )}
        {select(
          t('volunteers.field.teams'),
          teamId,
          setTeamId,
          t('volunteers.allTeams'),
          teams.map((g) => [g.id, g.name]),
        )}
        {select(
          t('volunteers.field.skills'),
          skillId,
          setSkillId,
          t('volunteers.allSkills'),
          skills.map((g) => [g.id, g.name]),
        )}
        {select(
          t('volunteers.field.township'),
          township,
          setTownship,
          t('volunteers.allTownships'),
          (townships?.townships ?? []).map((name) => [name, name]),
        )}
        {(registered.from || registered.to) && (
          <span className="vol-filter-chip">
            {t('volunteers.registeredBetween', { from: registered.from ?? '…', to: registered.to ?? '…' })}
            <button
              type="button"
              aria-label={t('volunteers.clearRegistered')}
              onClick={() => setRegistered({ from: undefined, to: undefined })}
            >
              ×
            </button>
          </span>
        )}
      </div>
      {total === 0 && Object.keys(query).every((key) => key === 'sort' || key === 'officeCode') && (
        <p className="vol-empty">{t('volunteers.empty')}</p>
      )}
      <InfiniteGrid
        key={customFields.map((f) => f.key).join(',')}
        className="vol-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onFilter={setFilterModel}
        onOpen={(row) => setEditing({ volunteer: row })}
        onReady={(api) => (grid.current = api)}
      />
      <VolunteerDialog
        open={editing !== null && canEdit}
        volunteer={editing?.volunteer ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          refresh();
        }}
        onAction={(kind, row) => (kind === 'reactivate' ? void reactivate(row) : setAction({ kind, row }))}
      />
      <VolunteerActions pending={action} onClose={() => setAction(null)} onDone={done} />
    </div>
  );
}
