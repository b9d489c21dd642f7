// 记录演练/出队 (and editing one): kind, day, place, content, the hours for everyone, and the members present ticked
// by keyboard with a few given their own hours. A volunteer's hours become one volunteer service record, which an
// edit updates and 作废 voids with the drill; a day more than 30 days ago needs the back-fill reason.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { DrillRow, RescueTeamRow } from '@core/rescue/contract';
import { DRILL_KINDS } from '@rules/rescue';
import { halfHoursOfHours, isBackfill } from '@rules/volunteers';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';
import { DurationFields } from '../../volunteers/hours/DurationFields';
import { durationOf } from '../../volunteers/hours/entryDraft';
import { attendeesOf, draftOfDrill, membersOnDay, newDrillDraft, type DrillDraft } from './drillDraft';
import { PresentList } from './PresentList';

const D = FIELD_LIMITS.rescue_drills;

interface Props {
  open: boolean;
  team: RescueTeamRow;
  /** null: a new drill. */
  drill: DrillRow | null;
  onClose(): void;
  onSaved(): void;
}

export function DrillDialog({ open, team, drill, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const d = (key: string, values: Record<string, unknown> = {}) => t(`rescueDrill.${key}`, values);
  const toast = useToast();
  const [members] = useLoad(
    () =>
      open
        ? call('rescue.members.list', { teamId: team.id, includeLeft: true, offset: 0, limit: 500 })
        : Promise.resolve(null),
    [open, team.id],
  );
  const [detail] = useLoad(
    () => (open && drill ? call('rescue.drills.get', { id: drill.id }) : Promise.resolve(null)),
    [open, drill],
  );
  const initial = useMemo(() => (detail ? draftOfDrill(detail) : newDrillDraft(today())), [detail]);
  const [draft, setDraft] = useState<DrillDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [voiding, setVoiding] = useState(false);
  useEffect(() => {
    if (!open) return;
    setDraft(initial);
    setError(null);
  }, [open, initial]);

  const set = <K extends keyof DrillDraft>(key: K, value: DrillDraft[K]) => setDraft((c) => ({ ...c, [key]: value }));
  const shown = membersOnDay(members?.rows ?? [], draft);
  const byId = new Map(shown.map((m) => [m.id, m]));
  const volunteersPresent = Object.keys(draft.present).filter((id) => byId.get(id)?.volunteerNumber).length;
  const backfill = draft.date !== '' && volunteersPresent > 0 && isBackfill(draft.date, today());

  const save = async () => {
    setError(null);
    const duration = durationOf(draft.duration);
    if (!duration) return setError(t('errors.SERVICE_TIME_REQUIRED'));
    if (!draft.place.trim()) return setError(t('errors.RESCUE_DRILL_PLACE_REQUIRED'));
    const attendees = attendeesOf(draft);
    if (attendees.length === 0) return setError(d('needPresent'));
    const bad = attendees.find((a) => a.hours !== undefined && halfHoursOfHours(a.hours ?? NaN) === null);
    if (bad) return setError(d('hoursInvalid', { name: byId.get(bad.teamMemberId)?.name ?? '' }));
    if (backfill && !draft.backfillReason.trim()) return setError(t('errors.SERVICE_BACKFILL_REASON_REQUIRED'));
    const input = {
      kind: draft.kind,
      date: draft.date,
      place: draft.place.trim(),
      content: draft.content.trim() || null,
      duration,
      attendees,
      backfillReason: backfill ? draft.backfillReason.trim() : null,
    };
    setBusy(true);
    try {
      const saved = drill
        ? await call('rescue.drills.update', { id: drill.id, rowVersion: detail!.rowVersion, ...input })
        : await call('rescue.drills.record', { teamId: team.id, ...input });
      const volunteers = saved.attendance.filter((a) => a.serviceStatus !== null && !a.serviceVoided).length;
      toast.show(d('saved', { count: saved.attendees, volunteers }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const title = drill
    ? d('editTitle', { kind: t(`rescue.kind.${drill.kind}`), date: drill.date })
    : d('addTitle', { team: team.name });
  const count = Object.keys(draft.present).length;
  return (
    <>
      <Dialog
        open={open && !voiding && (drill === null || detail !== null)}
        title={title}
        onClose={onClose}
        onSubmit={save}
        submitLabel={d('save', { count })}
        busy={busy}
        error={error}
        dirty={JSON.stringify(draft) !== JSON.stringify(initial)}
        width="large"
        extraActions={
          drill && (
            <Button variant="danger" onClick={() => setVoiding(true)}>
              {t('rescueTeam.drills.void')}
            </Button>
          )
        }
      >
        <div className="rescue-drill-form">
          <div className="rescue-drill-row">
            <fieldset className="vol-entry-mode">
              <legend>{d('kind')}</legend>
              {DRILL_KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input type="radio" checked={draft.kind === kind} onChange={() => set('kind', kind)} />
                  {t(`rescue.kind.${kind}`)}
                </label>
              ))}
            </fieldset>
            <FormField label={d('date')} required>
              <DateInput value={draft.date} onValue={(date) => set('date', date)} />
            </FormField>
            <FormField label={d('place')} required>
              <input
                type="text"
                value={draft.place}
                maxLength={D.place}
                onChange={(e) => set('place', e.target.value)}
              />
            </FormField>
          </div>
          <FormField label={d('content')}>
            <input
              type="text"
              value={draft.content}
              maxLength={D.content}
              onChange={(e) => set('content', e.target.value)}
            />
          </FormField>
          <DurationFields duration={draft.duration} onDuration={(duration) => set('duration', duration)} />
          <div>
            <h3 className="vol-h2">{d('present')}</h3>
            <p className="muted">{d('presentHint')}</p>
            {members && shown.length === 0 ? (
              <p className="vol-empty">{d('noMembers')}</p>
            ) : (
              <PresentList members={shown} present={draft.present} onChange={(present) => set('present', present)} />
            )}
          </div>
          {volunteersPresent > 0 && <p className="rescue-note">{d('volunteerNote')}</p>}
          {backfill && (
            <FormField label={d('backfillReason')} hint={d('backfillHint')} required>
              <input
                type="text"
                value={draft.backfillReason}
                maxLength={FIELD_LIMITS.volunteer_service_records.backfillReason}
                onChange={(e) => set('backfillReason', e.target.value)}
              />
            </FormField>
          )}
        </div>
      </Dialog>
      <ReasonDialog
        open={voiding}
        title={t('rescueTeam.drills.voidTitle', {
          kind: drill ? t(`rescue.kind.${drill.kind}`) : '',
          date: drill?.date ?? '',
          place: drill?.place ?? '',
        })}
        reasonLabel={t('rescueTeam.drills.voidReason')}
        submitLabel={t('rescueTeam.drills.void')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          await call('rescue.drills.void', { id: drill!.id, reason });
          setVoiding(false);
          onSaved();
        }}
      />
    </>
  );
}
