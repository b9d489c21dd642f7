// 考勤 and 成绩: keyboard grids like a spreadsheet. A typed key starts the edit, Enter saves the row and goes
// down, Tab goes right. Each edit saves that trainee's row with the version it was read at; edits are saved one
// after another, so a fast typist never races their own saves. Invalid input gets a plain message and is not saved.
import type { CellEditRequestEvent, ColDef, GetRowIdParams, GridApi, IRowNode } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, ResultsSaved, TraineeResultInput, TraineeRow } from '@core/training/courses/contract';
import { errorText, gridLocale } from '@renderer/i18n';
import { useToast } from '@renderer/ui';
import { attachImeEntry } from '@renderer/ui/grid/imeStartsEdit';
import { gridTheme } from '@renderer/ui/gridTheme';
import { trainingCall } from '../api';
import { typedMark, typedScore, typedSkill, withMark } from './typedCells';

type Change = Omit<TraineeResultInput, 'enrolmentId' | 'rowVersion'>;

interface Props {
  detail: CourseDetail;
  mode: 'attendance' | 'results';
  canEdit: boolean;
  onSaved(saved: ResultsSaved): void;
}

export function ResultsGrid({ detail, mode, canEdit, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const api = useRef<GridApi<TraineeRow> | null>(null);
  const wrap = useRef<HTMLDivElement | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [saving, setSaving] = useState(0);
  // The grid keeps its own rows from here on: new rowData while a cell is being typed into would end that edit.
  const [rows] = useState(() => detail.trainees);
  const courseId = detail.course.id;
  const examOpen = canEdit && detail.resultsOpen;

  useEffect(() => (wrap.current ? attachImeEntry(wrap.current, () => api.current) : undefined), []);

  const save = (node: IRowNode<TraineeRow>, change: Change, shown: Partial<TraineeRow>) => {
    if (node.data) node.setData({ ...node.data, ...shown });
    setSaving((n) => n + 1);
    queue.current = queue.current.then(async () => {
      const row = node.data!;
      try {
        const saved = await trainingCall('training.courses.saveResults', {
          courseId,
          rows: [{ enrolmentId: row.enrolmentId, rowVersion: row.rowVersion, ...change }],
        });
        node.setData(saved.trainees[0]!);
        onSaved(saved);
      } catch (caught) {
        toast.show(errorText(t, caught), 'error');
      } finally {
        setSaving((n) => n - 1);
      }
    });
  };

  const onEdit = (event: CellEditRequestEvent<TraineeRow>) => {
    const row = event.data;
    const colId = event.column.getColId();
    if (colId.startsWith('session:')) {
      const typed = typedMark(event.newValue);
      if (!typed.ok) return toast.show(t('training.results.badAttendance'), 'error');
      const attendance = withMark(row.attendance, Number(colId.slice(8)), typed.value);
      if (attendance !== row.attendance) save(event.node, { attendance }, { attendance });
    } else if (colId === 'theoryScore') {
      const typed = typedScore(event.newValue);
      if (!typed.ok) return toast.show(t('training.results.badScore', { text: event.newValue }), 'error');
      if (typed.value !== row.theoryScore) save(event.node, { theoryScore: typed.value }, { theoryScore: typed.value });
    } else if (colId.startsWith('skill:')) {
      const skill = colId.slice(6);
      const typed = typedSkill(event.newValue);
      if (!typed.ok) return toast.show(t('training.results.badSkill', { text: event.newValue }), 'error');
      const skillResults = { ...row.skillResults };
      if (typed.value === null) delete skillResults[skill];
      else skillResults[skill] = typed.value;
      save(event.node, { skillResults: { [skill]: typed.value } }, { skillResults });
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
        {saving > 0 && <span className="muted">{t('training.results.saving')}</span>}
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
