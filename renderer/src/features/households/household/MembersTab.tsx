// 成员: the household's members now, head first (relation, masked ID number, labour, health with the disability
// card and grade, schooling, since when), and on request those who left (when and why: moved, died, married out).
// Enter or a double click opens a member (facts, relation, head, move, leave, and their household history);
// 添加成员 brings a person of the registry, or one registered on the spot, or one moved from another household.
import type { ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail, HouseholdMemberRow } from '@core/households/roster/contract';
import { Button } from '../../../ui';
import { genderText } from '../../people/fields';
import { StockGrid } from '../../stock/grid/StockGrid';
import { AddMemberDialog } from './AddMemberDialog';
import { MemberDialog } from './MemberDialog';

interface Props {
  household: HouseholdDetail;
  canEdit: boolean;
  onChanged(): void;
}

type Row = HouseholdMemberRow & { left: boolean };

export function MembersTab({ household, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const [showFormer, setShowFormer] = useState(false);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<HouseholdMemberRow | null>(null);
  const m = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.members.${key}`, values);
  const rows = useMemo<Row[]>(
    () => [
      ...household.members.map((r) => ({ ...r, left: false })),
      ...(showFormer ? household.formerMembers.map((r) => ({ ...r, left: true })) : []),
    ],
    [household, showFormer],
  );
  const columns = useMemo<ColDef<Row>[]>(() => {
    const word = (prefix: string, value: string | number | null) =>
      value === null ? '' : t(`households.${prefix}.${value}`);
    return [
      { field: 'name', headerName: m('name'), width: 92, cellClass: 'cell-strong' },
      {
        colId: 'relation',
        headerName: m('relation'),
        width: 96,
        valueGetter: (p) => p.data && word('relation', p.data.relation),
      },
      {
        colId: 'gender',
        headerName: m('gender'),
        width: 56,
        valueGetter: (p) => genderText(t, p.data?.gender),
      },
      { field: 'idNumber', headerName: m('idNumber'), width: 168, cellClass: 'mono' },
      {
        colId: 'labour',
        headerName: m('labour'),
        width: 150,
        valueGetter: (p) => p.data && word('labour', p.data.labour),
      },
      {
        colId: 'health',
        headerName: m('health'),
        width: 120,
        valueGetter: (p) => {
          if (!p.data) return '';
          const grade = p.data.disabilityGrade === null ? '' : ` ${word('grade', p.data.disabilityGrade)}`;
          return `${word('health', p.data.health)}${grade}`;
        },
      },
      { field: 'disabilityCardNumber', headerName: m('disabilityCard'), width: 196, cellClass: 'mono' },
      {
        colId: 'school',
        headerName: m('school'),
        width: 80,
        valueGetter: (p) => p.data && word('school', p.data.schoolStage),
      },
      { field: 'fromDate', headerName: m('fromDate'), width: 104 },
      ...(showFormer
        ? [
            {
              colId: 'left',
              headerName: m('left'),
              width: 200,
              valueGetter: (p: { data?: Row }) =>
                p.data?.toDate && m('leftOn', { date: p.data.toDate, reason: p.data.endReason ?? '' }),
            },
          ]
        : []),
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- m is t under a prefix
  }, [t, showFormer]);

  return (
    <div className="hh-tab">
      <StockGrid<Row>
        rows={rows}
        columns={columns}
        exportName={`${m('exportName')}_${household.number}`}
        exportTitle={t('householdPage.title', { number: household.number, name: household.headName })}
        rowId={(row) => row.membershipId}
        rowClassRules={{ 'row-muted': (p) => Boolean(p.data?.left) }}
        emptyText={m('empty')}
        onRowDoubleClicked={setOpen}
        className="hh-members-grid"
        toolbar={
          <>
            {canEdit && (
              <Button variant="primary" onClick={() => setAdding(true)}>
                {m('add')}
              </Button>
            )}
            <label className="check">
              <input type="checkbox" checked={showFormer} onChange={(e) => setShowFormer(e.target.checked)} />
              {m('showFormer', { count: household.formerMembers.length })}
            </label>
            <span className="muted">{m('openHint')}</span>
          </>
        }
      />
      <AddMemberDialog
        open={adding}
        household={household}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          onChanged();
        }}
      />
      <MemberDialog
        member={open}
        household={household}
        canEdit={canEdit}
        onClose={() => setOpen(null)}
        onSaved={() => {
          setOpen(null);
          onChanged();
        }}
      />
    </div>
  );
}
