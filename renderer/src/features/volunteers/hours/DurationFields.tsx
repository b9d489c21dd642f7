// The hours of an entry for everyone: a start and an end (次日结束 past midnight) or the hours typed directly, and
// what they work out to, as typed. Shared by the volunteer hours entry and a rescue team's drill entry.
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui';
import { hoursText } from '../hoursText';
import { sharedHalfHours, type DurationDraft } from './entryDraft';
import '../volunteers.css';

export function DurationFields({
  duration,
  onDuration,
}: {
  duration: DurationDraft;
  onDuration(next: DurationDraft): void;
}) {
  const { t } = useTranslation();
  const h = (key: string) => t(`volunteerHours.${key}`);
  const shared = sharedHalfHours(duration);
  return (
    <div className="vol-entry-times">
      <fieldset className="vol-entry-mode">
        <legend>{h('mode')}</legend>
        {(['times', 'hours'] as const).map((mode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name="vol-duration-mode"
              checked={duration.mode === mode}
              onChange={() => onDuration({ ...duration, mode })}
            />
            {h(mode === 'times' ? 'byTimes' : 'byHours')}
          </label>
        ))}
      </fieldset>
      {duration.mode === 'times' ? (
        <>
          <FormField label={h('start')} required>
            <input
              type="text"
              inputMode="numeric"
              placeholder="08:30"
              value={duration.start}
              maxLength={5}
              onChange={(event) => onDuration({ ...duration, start: event.target.value })}
            />
          </FormField>
          <FormField label={h('end')} required>
            <input
              type="text"
              inputMode="numeric"
              placeholder="11:30"
              value={duration.end}
              maxLength={5}
              onChange={(event) => onDuration({ ...duration, end: event.target.value })}
            />
          </FormField>
          <label className="check vol-entry-next-day">
            <input
              type="checkbox"
              checked={duration.endsNextDay}
              onChange={(event) => onDuration({ ...duration, endsNextDay: event.target.checked })}
            />
            {h('endsNextDay')}
          </label>
        </>
      ) : (
        <FormField label={h('hours')} required>
          <input
            type="text"
            inputMode="decimal"
            value={duration.hours}
            maxLength={5}
            onChange={(event) => onDuration({ ...duration, hours: event.target.value })}
          />
        </FormField>
      )}
      <span className={typeof shared === 'string' ? 'field-error' : 'vol-entry-computed'} aria-live="polite">
        {typeof shared === 'number' && t('volunteerHours.computed', { hours: hoursText(shared) })}
        {typeof shared === 'string' && t(`errors.${shared}`)}
      </span>
    </div>
  );
}
