// 考勤 and 成绩: keyboard grids like a spreadsheet. A typed key starts the edit, Enter saves the row and goes
// down, Tab goes right. Edits go through the course's one save queue (resultsSaver.ts), shared with the other tab.
// Invalid input gets a plain message and is not saved.
import type { CellEditRequestEvent, ColDef, GetRowIdParams, GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, TraineeRow } from '@core/training/courses/contract';
import { gridLocale } from '@renderer/i18n';
import { useToast } from '@renderer/ui';
import { attachImeEntry } from '@renderer/ui/grid/imeStartsEdit';
import { gridTheme } from '@renderer/ui/gridTheme';
import type { ResultsSaver } from './resultsSaver';
import { typedMark, typedScore, typedSkill, withMark } from './typedCells';

interface Props {
  detail: CourseDetail;
  mode: 'attendance' | 'results';
  canEdit: boolean;
  saver: ResultsSaver;
  saving: boolean;
}

export function ResultsGrid({ detail, mode, canEdit, saver, saving }: Props) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const api = useRef<GridApi<TraineeRow> | null>(null);
  const wrap = useRef<HTMLDivElement | null>(null);
  // The grid keeps its own rows from here on: new rowData while a cell is being typed into would end that edit.
  const [rows] = useState(() => detail.trainees.map(saver.current));
  const examOpen = canEdit && detail.resultsOpen;

  useEffect(() => (wrap.current ? attachImeEntry(wrap.current, () => api.current) : undefined), []);
  useEffect(() => saver.listen((row) => api.current?.getRowNode(row.enrolmentId)?.setData(row)), [saver]);

  const onEdit = (event: CellEditRequestEvent<TraineeRow>) => {
    const row = event.data;
    const colId = event.column.getColId();
    if (colId.startsWith('session:')) {
      const typed = typedMark(event.newValue);
      if (!typed.ok) return toast.show(t('training.results.badAttendance'), 'error');
      const attendance = withMark(row.attendance, Number(colId.slice(8)), typed.value);
      if (attendance !== row.attendance) saver.save(row, { attendance }, { attendance });
    } else if (colId === 'theoryScore') {
      const typed = typedScore(event.newValue);
      if (!typed.ok) return toast.show(t('training.results.badScore', { text: event.newValue }), 'error');
      if (typed.value !== row.theoryScore) saver.save(row, { theoryScore: typed.value }, { theoryScore: typed.value });
    } else if (colId.startsWith('skill:')) {
      const skill = colId.slice(6);
      const typed = typedSkill(event.newValue);
      if (!typed.ok) return toast.show(t('training.results.badSkill', { text: event.newValue }), 'error');
      const skillResults = { ...row.skillResults };
      if (typed.value === null) delete skillResults[skill];
      else skillResults[skill] = typed.value;
      saver.save(row, { skillResults: { [skill]: typed.value } }, { skillResults });
    }
  };

  const columns = useMemo((): ColDef<TraineeRow>[] => {
    const fixed: ColDef<TraineeRow>[] = [
      { colId: 'no', headerName: '#', width: 56, valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1, pinned: 'left' },
      { field: 'name', headerName: t('training.trainees.name'), width: 100, pinned: 'left' },
      { field: 'idNumber', headerName: t('training.trainees.idNumber'), width: 180, cellClass: 'mono' },
    ];
    const sessions: ColDef<TraineeRow>[] = Array.from({ length: detail.course.sessions }, (_, n) => ({
      colId: `session:${n}`,
      headerName: t('training.results.session', { n: n + 1 }),
      width: 82,
      editable: canEdit,
      valueGetter: (p) => p.data?.attendance[n] ?? '-',
      valueFormatter: (p) =>
        p.value === 'P' ? t('training.results.present') : p.value === 'A' ? t('training.results.absent') : '',
      cellClassRules: { 'cell-absent': (p) => p.value === 'A' },
    }));
    const exam: ColDef<TraineeRow>[] = [
      {
        colId: 'theoryScore',
        field: 'theoryScore',
        headerName: t('training.results.theory'),
        width: 92,
        editable: examOpen,
        cellClassRules: { 'cell-failed': (p) => p.value !== null && p.value < detail.exam.passMark },
      },
      ...detail.exam.skills.map((skill): ColDef<TraineeRow> => ({
        colId: `skill:${skill}`,
        headerName: skill,
        width: 84,
        editable: examOpen,
        valueGetter: (p) => p.data?.skillResults[skill] ?? null,
        valueFormatter: (p) =>
          p.value === true ? t('training.results.pass') : p.value === false ? t('training.results.fail') : '',
        cellClassRules: { 'cell-failed': (p) => p.value === false },
      })),
    ];
    const derived: ColDef<TraineeRow>[] = [
      { field: 'absenceHours', headerName: t('training.results.absence'), width: 120 },
      {
        colId: 'result',
        field: 'result',
        headerName: t('training.results.result'),
        width: 110,
        valueFormatter: (p) => t(`training.results.resultOf.${p.value as TraineeRow['result']}`),
        cellClassRules: { 'cell-failed': (p) => p.value === 'failed' || p.value === 'ineligible' },
      },
    ];
    return [...fixed, ...(mode === 'attendance' ? sessions : exam), ...derived];
  }, [t, detail.course.sessions, detail.exam, mode, canEdit, examOpen]);

  return (
    <div className="results-grid-block">
      <div className="toolbar">
        <span className="muted">
          {mode === 'attendance' ? t('training.results.attendanceHint') : t('training.results.resultsHint')}
        </span>
        <span className="toolbar-spacer" />
        {saving && <span className="muted">{t('training.results.saving')}</span>}
      </div>
      {mode === 'results' && canEdit && !detail.resultsOpen && (
        <p className="notice-warning">{t('training.results.locked')}</p>
      )}
      <div className="grid-area training-grid-area" ref={wrap}>
        <AgGridReact<TraineeRow>
          key={i18n.language}
          theme={gridTheme}
          localeText={gridLocale()}
          columnDefs={columns}
          defaultColDef={{ resizable: true, sortable: false, suppressHeaderMenuButton: true, cellDataType: false }}
          rowData={rows}
          getRowId={(params: GetRowIdParams<TraineeRow>) => params.data.enrolmentId}
          readOnlyEdit
          onCellEditRequest={onEdit}
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          onGridReady={(event) => {
            api.current = event.api;
          }}
        />
      </div>
    </div>
  );
}
