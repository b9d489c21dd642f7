// 学员: the trainees of a course with their result, 添加学员 from the registry, 新增人员 (a person not yet in the
// registry, added to it and to the course with the registry's checks), 导入报名表, and 移出 (voided with a reason).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, TraineeRow } from '@core/training/courses/contract';
import { PersonDialog } from '@renderer/features/people/PersonDialog';
import { Button, ReasonDialog, useToast } from '@renderer/ui';
import { trainingCall } from '../api';
import { SignUpImport } from './SignUpImport';
import { TraineePicker } from './TraineePicker';

interface Props {
  detail: CourseDetail;
  canEdit: boolean;
  onChange(detail: CourseDetail): void;
}

export function TraineesTab({ detail, canEdit, onChange }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [picking, setPicking] = useState(false);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TraineeRow | null>(null);
  const courseId = detail.course.id;

  return (
    <div className="trainees-tab">
      <div className="toolbar">
        {canEdit && (
          <>
            <Button variant="primary" onClick={() => setPicking(true)}>
              {t('training.trainees.add')}
            </Button>
            <Button onClick={() => setAdding(true)}>{t('training.trainees.newPerson')}</Button>
            <SignUpImport courseId={courseId} onChange={onChange} />
          </>
        )}
        <span className="muted">{t('training.trainees.count', { count: detail.trainees.length })}</span>
      </div>
      <div className="trainees-table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('training.trainees.name')}</th>
              <th>{t('training.trainees.idNumber')}</th>
              <th>{t('training.trainees.workUnit')}</th>
              <th>{t('training.course.township')}</th>
              <th>{t('training.results.result')}</th>
              {canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {detail.trainees.map((row, n) => (
              <tr key={row.enrolmentId}>
                <td>{n + 1}</td>
                <td>{row.name}</td>
                <td className="mono">{row.idNumber}</td>
                <td>{row.workUnit ?? ''}</td>
                <td>{row.township ?? ''}</td>
                <td>{t(`training.results.resultOf.${row.result}`)}</td>
                {canEdit && (
                  <td>
                    <button type="button" className="cell-link cell-link-danger" onClick={() => setRemoving(row)}>
                      {t('training.trainees.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TraineePicker
        open={picking}
        courseId={courseId}
        onClose={() => setPicking(false)}
        onAdded={(result) => {
          setPicking(false);
          onChange(result.detail);
          toast.show(t('training.trainees.added', { count: result.added }), 'success');
          if (result.refused.length)
            toast.show(
              t('training.trainees.refused', { names: result.refused.map((r) => r.name).join('、') }),
              'error',
            );
          if (result.overCapacity)
            toast.show(t('training.trainees.overCapacity', { capacity: detail.course.capacity }), 'info');
        }}
      />
      <PersonDialog
        open={adding}
        person={null}
        canReveal={false}
        create={{
          title: t('training.trainees.newPersonTitle'),
          save: async (person, acceptWarnings) => {
            const saved = await trainingCall('training.courses.addNewTrainee', { courseId, person, acceptWarnings });
            onChange(saved.detail);
            return saved;
          },
        }}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          toast.show(t('training.trainees.added', { count: 1 }), 'success');
        }}
      />
      <ReasonDialog
        open={removing !== null}
        title={`${t('training.trainees.remove')} · ${removing?.name ?? ''}`}
        reasonLabel={t('training.trainees.removeReason')}
        submitLabel={t('training.trainees.remove')}
        onClose={() => setRemoving(null)}
        onSubmit={async (reason) => {
          onChange(
            await trainingCall('training.courses.removeTrainee', { enrolmentId: removing!.enrolmentId, reason }),
          );
          setRemoving(null);
        }}
      />
    </div>
  );
}
