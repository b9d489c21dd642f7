// 会员名册 (#/members): the roster grid over SQL - search by name, pinyin, card number, ID tail or a unit's name;
// filters by kind, status (失效 as derived from the dues), school and class and this year's dues; the custom fields
// filtered under their headers; sort by the clicked column. Enter or a double click opens the member (edit, status
// and its history, void, collect dues); 新增会员 and 导入会员名册 for clerks; 导出 Excel for every reader. At the
// city a county's roster is shown read-only (a member opens without its actions), with that county's fields.
import type { FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_CLERKS } from '@core/members/contract';
import type { MemberQuery, MemberRow, MemberSortColumn } from '@core/members/roster/contract';
import { isCustomFieldKey, type CustomFieldKey } from '@rules/customFields';
import { MEMBER_KINDS, MEMBER_STATUSES, type MemberKind, type MemberStatus } from '@rules/members';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { Button, PageHeader } from '../../../ui';
import { InfiniteGrid, type GridSort } from '../../../ui/grid/InfiniteGrid';
import { gridFields } from '../../customFields/customColumn';
import { customFiltersOf, filterableCustomColumns } from '../../customFields/filterColumns';
import { useCustomFields } from '../../customFields/useCustomFields';
import { RosterOfficeSelect, useRosterOffice, type RosterOffice } from '../../rosters/rosterOffice';
import { useLoad } from '../../stock/useLoad';
import { MemberExport } from '../files/MemberExport';
import { MemberImport } from '../files/MemberImport';
import { currentYear } from '../money';
import '../members.css';
import { memberColumns, SORTABLE } from './columns';
import { MemberActions, type PendingAction } from './MemberActions';
import { MemberDialog } from './MemberDialog';

type Editing = { member: MemberRow | null } | null;

export function MembersPage() {
  const office = useRosterOffice();
  return <Roster key={office.county ?? ''} office={office} />;
}

function Roster({ office }: { office: RosterOffice }) {
  const { t, i18n } = useTranslation();
  const canEdit = useSession().allows(MEMBER_CLERKS) && !office.readOnly;
  const officeCode = office.county;
  const allFields = useCustomFields('members', { officeCode });
  const customFields = useMemo(() => gridFields(allFields), [allFields]);
  const [facets, reloadFacets] = useLoad(() => call('members.facets', { officeCode }), [officeCode]);
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [kind, setKind] = useState<MemberKind | ''>('');
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const [school, setSchool] = useState('');
  const [className, setClassName] = useState('');
  const [paid, setPaid] = useState<'' | 'paid' | 'unpaid'>('');
  const [filterModel, setFilterModel] = useState<FilterModel>({});
  const [sort, setSort] = useState<NonNullable<MemberQuery['sort']>>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [action, setAction] = useState<PendingAction | null>(null);
  const grid = useRef<GridApi<MemberRow> | null>(null);
  const year = currentYear();

  const query = useMemo<MemberQuery>(() => {
    const customFilters = customFiltersOf(filterModel, customFields);
    return {
      ...(officeCode ? { officeCode } : {}),
      ...(typed ? { search: typed } : {}),
      ...(kind ? { kind } : {}),
      ...(status ? { status } : {}),
      ...(school ? { school } : {}),
      ...(school && className ? { className } : {}),
      ...(paid ? { duesPaid: { year, paid: paid === 'paid' } } : {}),
      ...(customFilters.length ? { customFilters } : {}),
      ...(sort.length ? { sort } : {}),
    };
  }, [officeCode, typed, kind, status, school, className, paid, year, filterModel, customFields, sort]);
  const load = useCallback(
    (offset: number, limit: number) => call('members.list', { ...query, offset, limit }),
    [query],
  );
  const columns = useMemo(
    () => [...memberColumns(t, year), ...filterableCustomColumns<MemberRow>(t, i18n.language, customFields)],
    [t, year, i18n.language, customFields],
  );
  const onSort = useCallback(
    (clicked: GridSort[]) =>
      setSort(
        clicked
          .filter((s) => SORTABLE.includes(s.colId as MemberSortColumn) || isCustomFieldKey(s.colId))
          .slice(0, 3)
          .map((s) => ({ column: s.colId as MemberSortColumn | CustomFieldKey, direction: s.direction })),
      ),
    [],
  );
  const refresh = () => {
    grid.current?.refreshInfiniteCache();
    reloadFacets();
  };
  const done = () => {
    setAction(null);
    setEditing(null);
    refresh();
  };
  const classes = facets?.schools.find((s) => s.school === school)?.classes ?? [];
  const filtered = Object.keys(query).some((key) => key !== 'sort' && key !== 'officeCode');
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
      <PageHeader title={t('members.title')}>
        <span className="muted" aria-live="polite">
          {total === null ? t('members.loading') : t('members.total', { count: total })}
        </span>
        {canEdit && (
          <>
            <Button variant="primary" onClick={() => setEditing({ member: null })}>
              {t('members.add')}
            </Button>
            <MemberImport onImported={refresh} />
          </>
        )}
        <MemberExport query={query} />
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      <div className="mem-filters">
        <input
          type="search"
          aria-label={t('members.search')}
          placeholder={t('members.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {select(
          t('members.field.kind'),
          kind,
          (v) => setKind(v as MemberKind | ''),
          t('members.allKinds'),
          MEMBER_KINDS.map((k) => [k, t(`members.kind.${k}`)]),
        )}
        {select(
          t('members.field.status'),
          status,
          (v) => setStatus(v as MemberStatus | ''),
          t('members.allStatuses'),
          MEMBER_STATUSES.map((s) => [s, t(`members.status.${s}`)]),
        )}
        {select(
          t('members.field.school'),
          school,
          (v) => {
            setSchool(v);
            setClassName('');
          },
          t('members.allSchools'),
          (facets?.schools ?? []).map((s) => [s.school, s.school]),
        )}
        {school &&
          select(
            t('members.field.className'),
            className,
            setClassName,
            t('members.allClasses'),
            classes.map((c) => [c.className, c.className]),
          )}
        {select(
          t('members.field.duesThisYear', { year }),
          paid,
          (v) => setPaid(v as '' | 'paid' | 'unpaid'),
          t('members.duesAll'),
          [
            ['paid', t('members.duesPaid')],
            ['unpaid', t('members.duesUnpaid')],
          ],
        )}
      </div>
      {total === 0 && <p className="mem-empty">{filtered ? t('members.noMatch') : t('members.empty')}</p>}
      <InfiniteGrid
        key={customFields.map((f) => f.key).join(',')}
        className="mem-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onSort={onSort}
        onFilter={setFilterModel}
        onOpen={(row) => setEditing({ member: row })}
        onReady={(api) => (grid.current = api)}
      />
      <MemberDialog
        open={editing !== null}
        member={editing?.member ?? null}
        canEdit={canEdit}
        onClose={() => setEditing(null)}
        onSaved={done}
        onAction={(kind, row) => setAction({ kind, row })}
      />
      <MemberActions pending={action} onClose={() => setAction(null)} onDone={done} />
    </div>
  );
}
