// 催缴与失效 (#/member-lists): two lists over the roster - 待催缴, members whose dues of last year are unpaid (one
// more year and they lapse), and 已失效 - each a grid with phones to call, searched by name, pinyin or card number;
// a row opens the member. 打印联系名单 prints the list (#/member-lists/print/<list>). At the city a county's lists
// are shown read-only: a member opens without its actions, and the call list to print stays the county's.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_CLERKS } from '@core/members/contract';
import type { CallList } from '@core/members/dues/contract';
import type { MemberRow } from '@core/members/roster/contract';
import { call } from '../../../api/client';
import { navigate, useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader, Tabs } from '../../../ui';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { RosterOfficeSelect, useRosterOffice } from '../../rosters/rosterOffice';
import '../members.css';
import { MemberActions, type PendingAction } from '../roster/MemberActions';
import { MemberDialog } from '../roster/MemberDialog';
import { CallListPrint } from './CallListPrint';
import { callColumns } from './columns';

const PAGE = 'member-lists';

export function MemberListsPage() {
  const route = useRoute();
  if (route.rest[0] === 'print' && (route.rest[1] === 'dueSoon' || route.rest[1] === 'lapsed'))
    return <CallListPrint list={route.rest[1]} onBack={() => window.history.back()} />;
  return <Lists list={route.rest[0] === 'lapsed' ? 'lapsed' : 'dueSoon'} />;
}

function Lists({ list }: { list: CallList }) {
  const { t } = useTranslation();
  const office = useRosterOffice();
  const officeCode = office.county;
  const canEdit = useSession().allows(MEMBER_CLERKS) && !office.readOnly;
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<MemberRow | null>(null);
  const [action, setAction] = useState<PendingAction | null>(null);
  const grid = useRef<GridApi<MemberRow> | null>(null);
  const l = (key: string, values: Record<string, unknown> = {}) => t(`memberLists.${key}`, values);
  const load = useCallback(
    (offset: number, limit: number) =>
      call('members.list', {
        ...(officeCode ? { officeCode } : {}),
        ...(list === 'dueSoon' ? { standing: 'dueSoon' as const } : { status: 'lapsed' as const }),
        ...(typed ? { search: typed } : {}),
        offset,
        limit,
      }),
    [list, typed, officeCode],
  );
  const columns = useMemo(() => callColumns(t), [t]);
  const done = () => {
    setAction(null);
    setOpen(null);
    grid.current?.refreshInfiniteCache();
  };
  const panel = (
    <>
      <p className="mem-intro">{l(list === 'dueSoon' ? 'dueSoonIntro' : 'lapsedIntro')}</p>
      <div className="mem-filters">
        <input
          type="search"
          aria-label={l('search')}
          placeholder={l('search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="muted" aria-live="polite">
          {total === null ? '' : l('total', { count: total })}
        </span>
      </div>
      <InfiniteGrid<MemberRow>
        key={`${list}-${officeCode ?? ''}`}
        className="mem-grid mem-call-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onOpen={setOpen}
        onReady={(api) => (grid.current = api)}
        emptyText={l(list === 'dueSoon' ? 'emptyDueSoon' : 'emptyLapsed')}
      />
    </>
  );
  return (
    <div className="page page-fill">
      <PageHeader title={l('title')}>
        {!office.readOnly && <Button onClick={() => navigate(PAGE, 'print', list)}>{l('print')}</Button>}
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      <Tabs
        label={l('title')}
        current={list}
        onChange={(id) => {
          setTotal(null);
          navigate(PAGE, id);
        }}
        items={[
          { id: 'dueSoon', label: l('dueSoon'), content: null },
          { id: 'lapsed', label: l('lapsed'), content: null },
        ]}
      />
      {panel}
      <MemberDialog
        open={open !== null}
        member={open}
        canEdit={canEdit}
        onClose={() => setOpen(null)}
        onSaved={done}
        onAction={(kind, row) => setAction({ kind, row })}
      />
      <MemberActions pending={action} onClose={() => setAction(null)} onDone={done} />
    </div>
  );
}
