// The course list: number, kind, title, dates, place, sector, trainees and passed; Enter or a double click opens.
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseRow } from '@core/training/courses/contract';
import { gridLocale } from '@renderer/i18n';
import { gridTheme } from '@renderer/ui/gridTheme';

export function CourseList({ rows, onOpen }: { rows: CourseRow[] | null; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(
    (): ColDef<CourseRow>[] => [
      { field: 'number', headerName: t('training.course.number'), width: 150, cellClass: 'mono' },
      { field: 'title', headerName: t('training.course.name'), width: 260, cellClass: 'cell-strong' },
      { field: 'kindName', headerName: t('training.course.kind'), width: 120 },
      { field: 'startDate', headerName: t('training.course.startDate'), width: 110, sort: 'desc' },
      { field: 'endDate', headerName: t('training.course.endDate'), width: 110 },
      { field: 'township', headerName: t('training.course.township'), width: 120 },
      {
        field: 'sector',
        headerName: t('training.course.sector'),
        width: 90,
        valueFormatter: (p) => (p.value ? t(`training.sector.${p.value as string}`) : ''),
      },
      { field: 'trainees', headerName: t('training.course.trainees'), width: 80 },
      { field: 'passed', headerName: t('training.course.passed'), width: 80 },
    ],
    [t],
  );
  return (
    <div className="grid-area training-grid-area">
      <AgGridReact<CourseRow>
        key={i18n.language}
        theme={gridTheme}
        localeText={gridLocale()}
        columnDefs={columns}
        defaultColDef={{ resizable: true, sortable: true, suppressHeaderMenuButton: true, cellDataType: false }}
        rowData={rows ?? undefined}
        loading={rows === null}
        getRowId={(p) => p.data.id}
        onRowDoubleClicked={(event) => event.data && onOpen(event.data.id)}
        onCellKeyDown={(event) => {
          const key = (event.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && event.data) onOpen(event.data.id);
        }}
        overlayNoRowsTemplate={`<span>${t('training.course.noRows')}</span>`}
      />
    </div>
  );
}
