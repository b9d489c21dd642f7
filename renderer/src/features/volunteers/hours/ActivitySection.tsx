// The activity of an hours entry: one already recorded (its date and hours come with it) or a new one (name,
// organiser, place, content, date), and the hours for everyone - a start and an end (次日结束 past midnight) or
// the hours typed directly. The hours each works out to are shown as typed.
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { ActivityRow } from '@core/volunteers/service/contract';
import { DateInput, FormField } from '../../../ui';
import { DurationFields } from './DurationFields';
import type { ActivityDraft, DurationDraft } from './entryDraft';

const A = FIELD_LIMITS.volunteer_activities;

interface Props {
  activities: ActivityRow[];
  activity: ActivityDraft;
  duration: DurationDraft;
  onActivity(next: ActivityDraft): void;
  onPickActivity(id: string): void;
  onDuration(next: DurationDraft): void;
}

export function ActivitySection({ activities, activity, duration, onActivity, onPickActivity, onDuration }: Props) {
  const { t } = useTranslation();
  const h = (key: string) => t(`volunteerHours.${key}`);
  const isNew = activity.activityId === '';
  const text = (key: 'name' | 'organiser' | 'place' | 'content', max: number, required = false) => (
    <FormField label={h(key)} required={required}>
      <input
        type="text"
        value={activity[key]}
        maxLength={max}
        disabled={!isNew}
        onChange={(event) => onActivity({ ...activity, [key]: event.target.value })}
      />
    </FormField>
  );
  return (
    <section className="vol-entry-activity" aria-label={h('activity')}>
      <FormField label={h('pickActivity')}>
        <select value={activity.activityId} onChange={(event) => onPickActivity(event.target.value)}>
          <option value="">{h('newActivity')}</option>
          {activities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.date} {a.name}
            </option>
          ))}
        </select>
      </FormField>
      <div className="vol-entry-grid">
        {text('name', A.name, true)}
        {text('organiser', A.organiser)}
        {text('place', A.place)}
        <FormField label={h('date')} required>
          <DateInput value={activity.date} disabled={!isNew} onValue={(date) => onActivity({ ...activity, date })} />
        </FormField>
      </div>
      {text('content', A.content)}
      <DurationFields duration={duration} onDuration={onDuration} />
    </section>
  );
}
