// 帮扶措施 (一户一策): the household's measures - kind, project, scale, funds in 元 (kept in fen), period, the result
// and whether the household signed for it. Enter or a double click opens one (edit, 作废); 添加措施 for clerks.
import type { ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PovertyMeasureRow } from '@core/households/poverty/contract';
import type { HouseholdDetail } from '@core/households/roster/contract';
import { call } from '../../../api/client';
import { Button } from '../../../ui';
import { StockGrid } from '../../stock/grid/StockGrid';
import { useLoad } from '../../stock/useLoad';
import { fenToYuan } from '../units';
import { MeasureDialog } from './MeasureDialog';

interface Props {
  household: HouseholdDetail;
  canEdit: boolean;
}

export function MeasuresTab({ household, canEdit }: Props) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const [detail] = useLoad(
    () => call('households.poverty.get', { householdId: household.id }),
    [household.id, version],
  );
  const [editing, setEditing] = useState<{ measure: PovertyMeasureRow | null } | null>(null);
  const m = (key: string) => t(`householdPage.measures.${key}`);
  const columns = useMemo<ColDef<PovertyMeasureRow>[]>(
    () => [
      {
        colId: 'kind',
        headerName: m('kind'),
        width: 96,
        valueGetter: (p) => p.data?.kind && t(`householdPage.measureKind.${p.data.kind}`),
      },
      { field: 'project', headerName: m('project'), width: 200, cellClass: 'cell-strong' },
      { field: 'scale', headerName: m('scale'), width: 120 },
      {
        colId: 'funds',
        headerName: m('funds'),
        width: 110,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.fundsFen ?? null,
        valueFormatter: (p) => fenToYuan(p.value as number | null),
      },
      { field: 'startDate', headerName: m('startDate'), width: 104 },
      { field: 'endDate', headerName: m('endDate'), width: 104 },
      { field: 'result', headerName: m('result'), width: 200 },
      {
        colId: 'acknowledged',
        headerName: m('acknowledged'),
        width: 84,
        valueGetter: (p) => p.data && (p.data.acknowledged ? m('signed') : m('notSigned')),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- m is t under a prefix
    [t],
  );
  const total = (detail?.measures ?? []).reduce((sum, measure) => sum + (measure.fundsFen ?? 0), 0);

  return (
    <div className="hh-tab">
      <StockGrid<PovertyMeasureRow>
        rows={detail?.measures ?? null}
        columns={columns}
        exportName={`${m('exportName')}_${household.number}`}
        exportTitle={t('householdPage.title', { number: household.number, name: household.headName })}
        rowId={(row) => row.id}
        emptyText={m('empty')}
        onRowDoubleClicked={(measure) => setEditing({ measure })}
        toolbar={
          <>
            {canEdit && (
              <Button variant="primary" onClick={() => setEditing({ measure: null })}>
                {m('add')}
              </Button>
            )}
            {total > 0 && (
              <span className="muted">{t('householdPage.measures.total', { yuan: fenToYuan(total) })}</span>
            )}
          </>
        }
      />
      <MeasureDialog
        open={editing !== null}
        householdId={household.id}
        measure={editing?.measure ?? null}
        canEdit={canEdit}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setVersion((v) => v + 1);
        }}
      />
    </div>
  );
}
