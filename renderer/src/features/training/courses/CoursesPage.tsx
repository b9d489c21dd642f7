// 培训班: the list of courses (#/training-courses) filtered by year, kind, township and sector, and one course
// (#/training-courses/c/<id>) with its trainees, attendance and results.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail } from '@core/training/courses/contract';
import { navigate, useRoute } from '@renderer/app/route';
import { useSession } from '@renderer/app/session';
import { Button, PageHeader } from '@renderer/ui';
import { TRAINING_SECTORS, type TrainingSector } from '@rules/training/kinds';
import { useLoad } from '../../stock/useLoad';
import { trainingCall } from '../api';
import { CourseForm } from './CourseForm';
import { CourseList } from './CourseList';
import { CourseView } from './CourseView';
import './training.css';

const PAGE = 'training-courses';
const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

export function CoursesPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const session = useSession();
  const [year, setYear] = useState(thisYear);
  const [kindId, setKindId] = useState('');
  const [sector, setSector] = useState<TrainingSector | ''>('');
  const [township, setTownship] = useState('');
  const filter = {
    year,
    kindId: kindId || undefined,
    sector: sector || undefined,
    township: township.trim() || undefined,
  };
  const [rows, reload] = useLoad(() => trainingCall('training.courses.list', filter), [year, kindId, sector, township]);
  const [kinds] = useLoad(() => trainingCall('training.kinds.list', {}), []);
  const openId = route.rest[0] === 'c' ? route.rest[1] : undefined;
  const [detail, setDetail] = useState<CourseDetail | null>(null);
  const [loaded] = useLoad(
    () => (openId ? trainingCall('training.courses.get', { id: openId }) : Promise.resolve(null)),
    [openId],
  );
  const shown = detail?.course.id === openId ? detail : loaded;
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  const canEdit = session.hasRole('trainer');

  return (
    <div className="page page-fill training-page">
      <PageHeader
        title={shown && openId ? `${t('training.course.title')} · ${shown.course.title}` : t('training.course.title')}
      >
        {!openId && canEdit && (
          <Button variant="primary" onClick={() => setForm('new')}>
            {t('training.course.add')}
          </Button>
        )}
      </PageHeader>
      {openId ? (
        shown && (
          <CourseView
            detail={shown}
            onChange={(change) =>
              setDetail((current) => {
                const latest = current?.course.id === shown.course.id ? current : shown;
                return typeof change === 'function' ? change(latest) : change;
              })
            }
            onEdit={() => setForm('edit')}
            onBack={() => {
              reload();
              navigate(PAGE);
            }}
          />
        )
      ) : (
        <>
          <div className="toolbar training-filters">
            <label>
              {t('training.course.year')}
              <input
                type="number"
                className="input-number"
                value={year}
                min={2000}
                max={2199}
                onChange={(e) => setYear(Number(e.target.value) || thisYear())}
              />
            </label>
            <label>
              {t('training.course.kind')}
              <select value={kindId} onChange={(e) => setKindId(e.target.value)}>
                <option value="">{t('training.course.all')}</option>
                {(kinds ?? []).map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('training.course.sector')}
              <select value={sector} onChange={(e) => setSector(e.target.value as TrainingSector | '')}>
                <option value="">{t('training.course.all')}</option>
                {TRAINING_SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`training.sector.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('training.course.township')}
              <input type="search" value={township} onChange={(e) => setTownship(e.target.value)} />
            </label>
          </div>
          <CourseList rows={rows} onOpen={(id) => navigate(PAGE, 'c', id)} />
        </>
      )}
      <CourseForm
        open={form !== null}
        detail={form === 'edit' ? shown : null}
        kinds={kinds ?? []}
        onClose={() => setForm(null)}
        onSaved={(saved) => {
          setForm(null);
          setDetail(saved);
          reload();
          navigate(PAGE, 'c', saved.course.id);
        }}
      />
    </div>
  );
}
