// One course: its facts, the instructor check (an approver confirms an uncertified instructor), and the tabs
// 学员 / 考勤 / 成绩 / 证书. Counts and rows follow every saved grid row.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, ResultsSaved } from '@core/training/courses/contract';
import { useSession } from '@renderer/app/session';
import { errorText } from '@renderer/i18n';
import { Alert, Button, ConfirmDialog, ReasonDialog, Tabs, useToast } from '@renderer/ui';
import { trainingCall } from '../api';
import { CourseCertificatesPanel } from '../certificates/CourseCertificatesPanel';
import { ResultsGrid } from './ResultsGrid';
import { useResultsSaver } from './resultsSaver';
import { TraineesTab } from './TraineesTab';

export type CourseChange = CourseDetail | ((current: CourseDetail) => CourseDetail);

interface Props {
  detail: CourseDetail;
  /** A new detail, or an update of the latest one (saves answer one after another). */
  onChange(change: CourseChange): void;
  onEdit(): void;
  onBack(): void;
}

export function CourseView({ detail, onChange, onEdit, onBack }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const toast = useToast();
  const [tab, setTab] = useState('trainees');
  const [confirming, setConfirming] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const canEdit = session.hasRole('trainer') && !detail.course.voided;
  const { course, counts, exam } = detail;

  const onSaved = (saved: ResultsSaved) => {
    const byId = new Map(saved.trainees.map((row) => [row.enrolmentId, row]));
    onChange((current) => ({
      ...current,
      counts: saved.counts,
      trainees: current.trainees.map((row) => byId.get(row.enrolmentId) ?? row),
    }));
  };
  const { saver, saving } = useResultsSaver(course.id, {
    onSaved,
    onError: (caught) => toast.show(errorText(t, caught), 'error'),
  });
  const confirm = async () => {
    onChange(
      await trainingCall('training.courses.confirmInstructors', { id: course.id, rowVersion: course.rowVersion }),
    );
    setConfirming(false);
    toast.show(t('training.settings.saved'));
  };

  const facts = [
    [t('training.course.number'), course.number],
    [t('training.course.kind'), course.kindName],
    [t('training.course.startDate'), `${course.startDate} ~ ${course.endDate}`],
    [t('training.course.sessions'), String(course.sessions)],
    [t('training.course.sector'), t(`training.sector.${course.sector}`)],
    [t('training.course.township'), [course.township, course.village].filter(Boolean).join(' ')],
    [t('training.course.venue'), course.venue ?? ''],
    [t('training.course.hostUnit'), course.hostUnit ?? ''],
    [t('training.course.capacity'), course.capacity == null ? '' : String(course.capacity)],
    [t('training.course.instructors'), detail.instructors.map((i) => i.name).join('、')],
  ];
  const results = (mode: 'attendance' | 'results') => (
    <ResultsGrid key={mode} detail={detail} mode={mode} canEdit={canEdit} saver={saver} saving={saving > 0} />
  );

  return (
    <div className="course-view">
      <div className="toolbar">
        <Button onClick={onBack}>{t('training.course.back')}</Button>
        {canEdit && <Button onClick={onEdit}>{t('training.course.edit')}</Button>}
        {canEdit && (
          <Button variant="danger" onClick={() => setVoiding(true)}>
            {t('training.course.void')}
          </Button>
        )}
        <span className="toolbar-spacer" />
        <span className="course-summary" aria-live="polite">
          {t('training.results.summary', counts)} ·{' '}
          {t('training.results.passMark', { mark: exam.passMark, hours: exam.absenceLimitHours })}
        </span>
      </div>
      <dl className="course-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      {course.voided && (
        <Alert kind="warning">{t('training.course.voidedNotice', { reason: course.voidReason ?? '' })}</Alert>
      )}
      {detail.problems.length > 0 && (
        <Alert kind="warning">
          {t('training.course.notCertifiedNotice', { names: detail.problems.map((p) => p.name).join('、') })}
          {session.hasRole('approver') && (
            <Button onClick={() => setConfirming(true)}>{t('training.course.confirm')}</Button>
          )}
        </Alert>
      )}
      {course.instructorsConfirmedBy && (
        <p className="muted">{t('training.course.confirmed', { by: course.instructorsConfirmedBy })}</p>
      )}
      <Tabs
        current={tab}
        onChange={setTab}
        items={[
          {
            id: 'trainees',
            label: `${t('training.trainees.tab')}（${counts.trainees}）`,
            content: <TraineesTab detail={detail} canEdit={canEdit} onChange={onChange} />,
          },
          { id: 'attendance', label: t('training.results.attendanceTab'), content: results('attendance') },
          { id: 'results', label: t('training.results.resultsTab'), content: results('results') },
          {
            id: 'certificates',
            label: t('training.course.certificatesTab'),
            content: <CourseCertificatesPanel courseId={course.id} />,
          },
        ]}
      />
      <ReasonDialog
        open={voiding}
        title={`${t('training.course.void')} · ${course.title}`}
        message={t('training.course.voidAsk')}
        reasonLabel={t('training.course.voidReason')}
        submitLabel={t('training.course.void')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          onChange(await trainingCall('training.courses.void', { id: course.id, reason }));
          setVoiding(false);
          toast.show(t('training.course.voidedDone'));
        }}
      />
      <ConfirmDialog
        open={confirming}
        title={t('training.course.confirm')}
        message={t('training.course.confirmAsk')}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
