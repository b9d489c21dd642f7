// 志愿服务记录证明 (#/volunteer-proofs): the register of issued proofs (a grid over SQL, searched by proof number),
// 开具证明 for a volunteer and a period, a proof's A4 print view (#/volunteer-proofs/print/<id>) and void. At the city a
// county's register is read-only: the county issued those proofs, and only it prints or voids them.
import type { ColDef, GridApi } from 'ag-grid-community';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOLUNTEER_CLERKS } from '@core/volunteers/contract';
import type { ProofRow } from '@core/volunteers/proofs/contract';
import { call } from '../../../api/client';
import { navigate, useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader, ReasonDialog } from '../../../ui';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { RosterOfficeSelect, useRosterOffice } from '../../rosters/rosterOffice';
import { hoursText } from '../hoursText';
import '../volunteers.css';
import { ProofDialog } from './ProofDialog';
import { ProofPrint } from './ProofPrint';

const PAGE = 'volunteer-proofs';

function proofColumns(t: (key: string) => string): ColDef<ProofRow>[] {
  const c = (key: string) => t(`volunteerProofs.col.${key}`);
  return [
    { field: 'number', headerName: c('number'), width: 180, cellClass: 'mono' },
    { field: 'name', headerName: c('name'), width: 90, cellClass: 'cell-strong' },
    { field: 'volunteerNumber', headerName: c('volunteerNumber'), width: 150, cellClass: 'mono' },
    {
      colId: 'period',
      headerName: c('period'),
      width: 200,
      valueGetter: ({ data }) => data && `${data.periodStart} — ${data.periodEnd}`,
    },
    {
      colId: 'hours',
      headerName: c('hours'),
      width: 80,
      type: 'numericColumn',
      valueGetter: ({ data }) => data && hoursText(data.halfHours),
    },
    { field: 'issueDate', headerName: c('issueDate'), width: 110 },
    { field: 'handler', headerName: c('handler'), width: 90 },
    {
      colId: 'status',
      headerName: c('status'),
      width: 80,
      valueGetter: ({ data }) => data && t(data.voided ? 'volunteerProofs.voided' : 'volunteerProofs.valid'),
    },
  ];
}

export function ProofsPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const office = useRosterOffice();
  const officeCode = office.county;
  const canIssue = useSession().allows(VOLUNTEER_CLERKS) && !office.readOnly;
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const [total, setTotal] = useState<number | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [chosen, setChosen] = useState<ProofRow | null>(null);
  const [voiding, setVoiding] = useState<ProofRow | null>(null);
  const grid = useRef<GridApi<ProofRow> | null>(null);
  const load = useCallback(
    (offset: number, limit: number) =>
      call('volunteers.proofs.list', {
        ...(officeCode ? { officeCode } : {}),
        ...(typed ? { search: typed } : {}),
        includeVoided: true,
        offset,
        limit,
      }),
    [typed, officeCode],
  );
  const columns = useMemo(() => proofColumns(t), [t]);

  if (route.rest[0] === 'print' && route.rest[1])
    return <ProofPrint id={route.rest[1]} canReveal={canIssue} onBack={() => window.history.back()} />;

  return (
    <div className="page page-fill">
      <PageHeader title={t('volunteerProofs.title')}>
        {total !== null && <span className="muted">{t('volunteerProofs.total', { count: total })}</span>}
        {chosen && !office.readOnly && (
          <>
            <Button onClick={() => navigate(PAGE, 'print', chosen.id)}>{t('volunteerProofs.print')}</Button>
            {canIssue && !chosen.voided && (
              <Button onClick={() => setVoiding(chosen)}>{t('volunteerProofs.void')}</Button>
            )}
          </>
        )}
        {canIssue && (
          <Button variant="primary" onClick={() => setIssuing(true)}>
            {t('volunteerProofs.issue')}
          </Button>
        )}
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      <div className="vol-filters">
        <input
          type="search"
          aria-label={t('volunteerProofs.search')}
          placeholder={t('volunteerProofs.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {total === 0 && !typed && <p className="vol-empty">{t('volunteerProofs.empty')}</p>}
      <InfiniteGrid
        key={officeCode ?? ''}
        className="vol-grid"
        load={load}
        columns={columns}
        onTotal={setTotal}
        onOpen={(row) => !office.readOnly && navigate(PAGE, 'print', row.id)}
        onReady={(api) => {
          grid.current = api;
          api.addEventListener('cellFocused', (event) => {
            const row =
              event.rowIndex === null || event.rowIndex === undefined
                ? undefined
                : api.getDisplayedRowAtIndex(event.rowIndex);
            setChosen(row?.data ?? null);
          });
        }}
      />
      <ProofDialog
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(proof) => {
          setIssuing(false);
          grid.current?.refreshInfiniteCache();
          navigate(PAGE, 'print', proof.id);
        }}
      />
      <ReasonDialog
        open={voiding !== null}
        title={t('volunteerProofs.voidTitle', { number: voiding?.number ?? '' })}
        reasonLabel={t('volunteerProofs.voidReason')}
        submitLabel={t('volunteerProofs.void')}
        onClose={() => setVoiding(null)}
        onSubmit={async (reason) => {
          await call('volunteers.proofs.void', { id: voiding!.id, reason });
          setVoiding(null);
          setChosen(null);
          grid.current?.refreshInfiniteCache();
        }}
      />
    </div>
  );
}
