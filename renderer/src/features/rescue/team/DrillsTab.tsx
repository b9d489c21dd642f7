// 演练与出队: the team's drills and call-outs, newest first, each with who was present and their hours; a clerk
// opens one to edit or void it (its volunteers' service records follow).
import type { ColDef, GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillRow, RescueTeamRow } from '@core/rescue/contract';
import { call } from '../../../api/client';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { hoursText } from '../../volunteers/hoursText';
import { DrillDialog } from './DrillDialog';

function drillColumns(t: TFunction): ColDef<DrillRow>[] {
  const c = (key: string) => t(`rescueTeam.drills.${key}`);
  return [
    { field: 'date', headerName: c('date'), width: 108 },
    {
      colId: 'kind',
      headerName: c('kind'),
      width: 70,
      valueGetter: ({ data }) => data && t(`rescue.kind.${data.kind}`),
    },
    { field: 'place', headerName: c('place'), width: 160 },
    { field: 'content', headerName: c('content'), width: 220 },
    {
      colId: 'hours',
      headerName: c('hours'),
      width: 96,
      type: 'numericColumn',
      valueGetter: ({ data }) => data && hoursText(data.halfHours),
    },
    { field: 'attendees', headerName: c('attendees'), width: 90, type: 'numericColumn' },
    {
      colId: 'total',
      headerName: c('totalHours'),
      width: 120,
      type: 'numericColumn',
      valueGetter: ({ data }) => data && hoursText(data.attendeeHalfHours),
    },
  ];
}

interface Props {
  team: RescueTeamRow;
  canEdit: boolean;
  version: number;
  onChanged(): void;
}

export function DrillsTab({ team, canEdit, version, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<DrillRow | null>(null);
  const grid = useRef<GridApi<DrillRow> | null>(null);
  const load = useCallback(
    (offset: number, limit: number) => call('rescue.drills.list', { teamId: team.id, offset, limit }),
    [team.id],
  );
  useEffect(() => grid.current?.refreshInfiniteCache(), [version]);
  const columns = useMemo(() => drillColumns(t), [t]);
  return (
    <div className="rescue-tab">
      {canEdit && <p className="muted">{t('rescueTeam.drills.openHint')}</p>}
      <InfiniteGrid
        className="rescue-members-grid"
        load={load}
        columns={columns}
        onOpen={(row) => canEdit && setEditing(row)}
        onReady={(api) => (grid.current = api)}
        emptyText={t('rescueTeam.drills.empty')}
      />
      <DrillDialog
        open={editing !== null}
        team={team}
        drill={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </div>
  );
}
