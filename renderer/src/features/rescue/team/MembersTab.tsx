// 队员: the team's members as a grid over SQL - searched by name, pinyin or mobile, filtered by certificate state
// (and, when asked, with those who left), sorted by role in the office's order, name, join day, certificate state or
// an in-grid custom field. Enter or a double click opens a member (role, join day, custom fields; 离队, 作废).
import type { FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSortColumn, RescueTeamRow, TeamMemberQuery, TeamMemberRow } from '@core/rescue/contract';
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { READINESS_STATES, type Readiness } from '@rules/rescue';
import { call } from '../../../api/client';
import { Button } from '../../../ui';
import { ExportButton } from '../../../ui/ExportButton';
import { InfiniteGrid, type GridSort } from '../../../ui/grid/InfiniteGrid';
import { gridFields } from '../../customFields/customColumn';
import { customFiltersOf, filterableCustomColumns } from '../../customFields/filterColumns';
import { useCustomFields } from '../../customFields/useCustomFields';
import { MEMBER_SORTABLE, memberColumns } from './memberColumns';
import { MemberDialog } from './MemberDialog';

interface Props {
  team: RescueTeamRow;
  canEdit: boolean;
  version: number;
  onChanged(): void;
}

export function MembersTab({ team, canEdit, version, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const allFields = useCustomFields('teamMembers', { officeCode: team.officeCode });
  const customFields = useMemo(() => gridFields(allFields), [allFields]);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [readiness, setReadiness] = useState<Readiness | ''>('');
  const [includeLeft, setIncludeLeft] = useState(false);
  const [sort, setSort] = useState<NonNullable<TeamMemberQuery['sort']>>([]);
  const [filterModel, setFilterModel] = useState<FilterModel>({});
  const [total, setTotal] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ member: TeamMemberRow | null } | null>(null);
  const grid = useRef<GridApi<TeamMemberRow> | null>(null);
  const view = useMemo(() => {
    const customFilters = customFiltersOf(filterModel, customFields);
    return {
      teamId: team.id,
      ...(typed ? { search: typed } : {}),
      ...(readiness ? { readiness } : {}),
      ...(sort.length ? { sort } : {}),
      ...(customFilters.length ? { customFilters } : {}),
      includeLeft,
    };
  }, [team.id, typed, readiness, sort, includeLeft, filterModel, customFields]);
  const load = useCallback(
    (offset: number, limit: number) => call('rescue.members.list', { ...view, offset, limit }),
    [view],
  );
  useEffect(() => grid.current?.refreshInfiniteCache(), [version]);
  const columns = useMemo(
    () => [...memberColumns(t), ...filterableCustomColumns<TeamMemberRow>(t, i18n.language, customFields)],
    [t, customFields, i18n.language],
  );
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .filter((s) => MEMBER_SORTABLE.includes(s.colId as MemberSortColumn) || isCustomFieldKey(s.colId))
          .slice(0, 3)
          .map((s) => ({ column: s.colId as MemberSortColumn | CustomFieldKey, direction: s.direction })),
      ),
    [],
  );
  const saved = () => {
    setEditing(null);
    onChanged();
  };

  return (
    <div className="rescue-tab">
      <div className="vol-filters">
        <input
          type="search"
          aria-label={t('rescueTeam.members.search')}
          placeholder={t('rescueTeam.members.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label={t('rescueTeam.col.certificate')}
          value={readiness}
          onChange={(e) => setReadiness(e.target.value as Readiness | '')}
        >
          <option value="">{t('rescueTeam.members.allReadiness')}</option>
          {READINESS_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`rescue.readiness.${state}`)}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} />
          {t('rescueTeam.members.includeLeft')}
        </label>
        {total !== null && <span className="muted">{t('rescueTeam.members.total', { count: total })}</span>}
        {canEdit && (
          <Button variant="primary" onClick={() => setEditing({ member: null })}>
            {t('rescueTeam.members.add')}
          </Button>
        )}
        <ExportButton
          label={t('rescueTeam.members.export')}
          run={() => call('rescue.members.export', view)}
          done={(file) => t('rescueTeam.members.exported', { count: file.rows })}
        />
        {canEdit && total !== null && total > 0 && <span className="muted">{t('rescueTeam.members.openHint')}</span>}
      </div>
      <InfiniteGrid
        key={customFields.map((f) => f.key).join(',')}
        className="rescue-members-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onFilter={setFilterModel}
        onOpen={(member) => canEdit && setEditing({ member })}
        onReady={(api) => (grid.current = api)}
        emptyText={t('rescueTeam.members.empty')}
      />
      <MemberDialog
        open={editing !== null}
        team={team}
        member={editing?.member ?? null}
        onClose={() => setEditing(null)}
        onSaved={saved}
      />
    </div>
  );
}
