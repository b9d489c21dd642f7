// 学员: the trainees of a course with their result, 添加学员 from the registry, and 移出 (voided with a reason).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { CourseDetail, TraineeRow } from '@core/training/courses/contract';
import { errorText } from '@renderer/i18n';
import { Button, Dialog, FormField, useToast } from '@renderer/ui';
import { trainingCall } from '../api';
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
  const [removing, setRemoving] = useState<TraineeRow | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    if (!removing || !reason.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onChange(await trainingCall('training.courses.removeTrainee', { enrolmentId: removing.enrolmentId, reason }));
      setRemoving(null);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="trainees-tab">
      <div className="toolbar">
        {canEdit && (
          <Button variant="primary" onClick={() => setPicking(true)}>
            {t('training.trainees.add')}
          </Button>
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
                    <button
                      type="button"
                      className="cell-link cell-link-danger"
                      onClick={() => {
                        setReason('');
                        setError(null);
                        setRemoving(row);
                      }}
                    >
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
        courseId={detail.course.id}
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
      <Dialog
        open={removing !== null}
        title={`${t('training.trainees.remove')} · ${removing?.name ?? ''}`}
        onClose={() => setRemoving(null)}
        onSubmit={remove}
        busy={busy}
        error={error}
        submitVariant="danger"
        submitLabel={t('training.trainees.remove')}
        dirty={reason.trim() !== ''}
      >
        <FormField label={t('training.trainees.removeReason')} required>
          <input
            type="text"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
      </Dialog>
    </div>
  );
}
