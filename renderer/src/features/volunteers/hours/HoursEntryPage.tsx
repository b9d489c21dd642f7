// 服务时长录入 (#/volunteer-hours): one activity's hours for many volunteers. Pick or define the activity and the
// hours for everyone, list the volunteers by typing, pasting or scanning numbers (Ctrl+Enter) or by ticking them,
// adjust a few in the own-hours column, save. Enter in a field moves to the next one (as paper forms are keyed in);
// the result says how many were entered and names each one refused.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryRefusal, ServiceEntryResult } from '@core/volunteers/service/contract';
import { isBackfill } from '@rules/volunteers';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Alert, Button, FormField, PageHeader } from '../../../ui';
import { useLeaveGuard } from '../../../ui/Dialog';
import { useLoad } from '../../stock/useLoad';
import '../volunteers.css';
import { today } from '../../stock/useRefs';
import { ActivitySection } from './ActivitySection';
import {
  durationOf,
  durationOfActivity,
  EMPTY_DURATION,
  ownHalfHours,
  sharedHalfHours,
  type ActivityDraft,
  type ListedVolunteer,
} from './entryDraft';
import { EntryList } from './EntryList';
import { EntryResult } from './EntryResult';
import { PasteBox } from './PasteBox';
import { TickDialog } from './TickDialog';

const newActivity = (): ActivityDraft => ({
  activityId: '',
  name: '',
  organiser: '',
  place: '',
  content: '',
  date: today(),
});

/**
 * Enter in a one-line field moves on to the next field, as Tab does (paper forms are keyed in this way); Ctrl+Enter
 * in one saves. Buttons, check boxes and the paste box keep their own Enter.
 */
function enterMovesOn(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  if (target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type)) return;
  event.preventDefault();
  if (event.ctrlKey || event.metaKey) return event.currentTarget.requestSubmit();
  const fields = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      'input:not([disabled]), select:not([disabled]), textarea, button.vol-entry-save',
    ),
  ];
  fields[fields.indexOf(target) + 1]?.focus();
}

export function HoursEntryPage() {
  const { t } = useTranslation();
  const [activities, reloadActivities] = useLoad(() => call('volunteers.activities.list', { limit: 100 }), []);
  const [activity, setActivity] = useState<ActivityDraft>(newActivity);
  const [duration, setDuration] = useState(EMPTY_DURATION);
  const [listed, setListed] = useState<ListedVolunteer[]>([]);
  const [backfillReason, setBackfillReason] = useState('');
  const [ticking, setTicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ entry: ServiceEntryResult | null; refused: EntryRefusal[] } | null>(null);
  const leaveGuard = useLeaveGuard(listed.length > 0 && result === null);

  const shared = sharedHalfHours(duration);
  const backfill = activity.date !== '' && isBackfill(activity.date, today());
  const listedIds = useMemo(() => new Set(listed.map((v) => v.id)), [listed]);
  const add = (rows: { id: string; number: string; name: string }[]) =>
    setListed((current) => [
      ...current,
      ...rows.filter((r) => !current.some((c) => c.id === r.id)).map((r) => ({ ...r, ownHours: '' })),
    ]);

  const pickActivity = (id: string) => {
    const picked = activities?.find((a) => a.id === id);
    if (!picked) return setActivity(newActivity());
    setActivity({
      activityId: picked.id,
      name: picked.name,
      organiser: picked.organiser ?? '',
      place: picked.place ?? '',
      content: picked.content ?? '',
      date: picked.date,
    });
    setDuration(durationOfActivity(picked));
  };

  const save = async () => {
    setError(null);
    const shared = durationOf(duration);
    if (!activity.activityId && (!activity.name.trim() || !activity.date))
      return setError(t('volunteerHours.needActivity'));
    if (!shared) return setError(t('errors.SERVICE_TIME_REQUIRED'));
    if (listed.length === 0) return setError(t('volunteerHours.needPeople'));
    const badRow = listed.findIndex((v) => ownHalfHours(v) === null);
    if (badRow >= 0) return setError(t('volunteerHours.hoursInvalid', { seq: badRow + 1, name: listed[badRow]!.name }));
    if (backfill && !backfillReason.trim()) return setError(t('errors.SERVICE_BACKFILL_REASON_REQUIRED'));
    const overrides = listed
      .filter((v) => ownHalfHours(v) !== undefined)
      .map((v) => ({ volunteerId: v.id, hours: ownHalfHours(v)! / 2 }));
    const where = activity.activityId
      ? { activityId: activity.activityId }
      : {
          activity: {
            name: activity.name.trim(),
            organiser: activity.organiser.trim() || null,
            place: activity.place.trim() || null,
            content: activity.content.trim() || null,
            date: activity.date,
          },
        };
    setBusy(true);
    try {
      const volunteerIds = listed.map((v) => v.id);
      const refused = await call('volunteers.service.check', {
        ...(activity.activityId ? { activityId: activity.activityId } : { date: activity.date }),
        volunteerIds,
        duration: shared,
        overrides,
      });
      const refusedIds = new Set(refused.map((r) => r.volunteerId));
      const accepted = volunteerIds.filter((id) => !refusedIds.has(id));
      const entry = accepted.length
        ? await call('volunteers.service.enter', {
            ...where,
            volunteerIds: accepted,
            duration: shared,
            overrides: overrides.filter((o) => !refusedIds.has(o.volunteerId)),
            backfillReason: backfill ? backfillReason.trim() : null,
          })
        : null;
      setResult({ entry, refused });
      reloadActivities();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setResult(null);
    setListed([]);
    setActivity(newActivity());
    setDuration(EMPTY_DURATION);
    setBackfillReason('');
  };

  if (result) return <EntryResult entry={result.entry} refused={result.refused} onNext={startOver} />;

  return (
    <div className="page vol-entry">
      <PageHeader title={t('volunteerHours.title')} />
      <form
        onKeyDown={enterMovesOn}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ActivitySection
          activities={activities ?? []}
          activity={activity}
          duration={duration}
          onActivity={setActivity}
          onPickActivity={pickActivity}
          onDuration={setDuration}
        />
        {backfill && (
          <FormField label={t('volunteerHours.backfillReason')} hint={t('volunteerHours.backfillHint')} required>
            <input
              type="text"
              value={backfillReason}
              maxLength={200}
              onChange={(e) => setBackfillReason(e.target.value)}
            />
          </FormField>
        )}
        <section className="vol-entry-people" aria-label={t('volunteerHours.people')}>
          <h2>{t('volunteerHours.people')}</h2>
          <PasteBox listedIds={listedIds} onFound={add} onTick={() => setTicking(true)} />
          <EntryList listed={listed} shared={typeof shared === 'number' ? shared : null} onChange={setListed} />
        </section>
        {error && <Alert>{error}</Alert>}
        <div className="toolbar">
          <Button type="submit" variant="primary" className="vol-entry-save" busy={busy}>
            {t('volunteerHours.save', { count: listed.length })}
          </Button>
          <span className="muted">{t('volunteerHours.saveHint')}</span>
        </div>
      </form>
      <TickDialog
        open={ticking}
        listedIds={listedIds}
        onClose={() => setTicking(false)}
        onAdd={(rows) => {
          add(rows);
          setTicking(false);
        }}
      />
      {leaveGuard}
    </div>
  );
}
