// 新建/修改救援队: number (blank: numbered by the office), name, type from the office's list, founded date, contact
// phone and notes. Editing offers 作废 with a reason.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { RescueTeamRow } from '@core/rescue/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, DateInput, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';

const L = FIELD_LIMITS.rescue_teams;

interface Draft {
  number: string;
  name: string;
  type: string;
  foundedDate: string;
  contactPhone: string;
  notes: string;
}

const draftOf = (team: RescueTeamRow | null, firstType = ''): Draft => ({
  number: team?.number ?? '',
  name: team?.name ?? '',
  type: team?.type ?? firstType,
  foundedDate: team?.foundedDate ?? '',
  contactPhone: team?.contactPhone ?? '',
  notes: team?.notes ?? '',
});

interface Props {
  open: boolean;
  /** null: a new team. */
  team: RescueTeamRow | null;
  onClose(): void;
  onSaved(team: RescueTeamRow): void;
}

export function TeamDialog({ open, team, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [settings] = useLoad(() => (open ? call('rescue.settings.get', {}) : Promise.resolve(null)), [open]);
  const types = settings?.teamTypes ?? [];
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [voiding, setVoiding] = useState(false);

  useEffect(() => {
    if (!open) return;
    setDraft(draftOf(team, types[0]));
    setError(null);
    // The first type arrives after the dialog opens; a draft being typed is not reset by it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, team, types[0]]);

  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const input = (key: 'number' | 'name' | 'contactPhone' | 'notes', max: number) => (
    <input type="text" value={draft[key]} maxLength={max} onChange={(e) => set(key)(e.target.value)} />
  );
  const save = async () => {
    setBusy(true);
    setError(null);
    const fields = {
      name: draft.name.trim(),
      type: draft.type,
      foundedDate: draft.foundedDate || null,
      contactPhone: draft.contactPhone.trim() || null,
      notes: draft.notes.trim() || null,
    };
    try {
      const row = team
        ? await call('rescue.teams.update', { id: team.id, rowVersion: team.rowVersion, patch: fields })
        : await call('rescue.teams.create', { ...fields, number: draft.number.trim() || null });
      toast.show(t('rescue.form.saved', { name: row.name }), 'success');
      onSaved(row);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const typeOptions = team && !types.includes(team.type) ? [team.type, ...types] : types;

  return (
    <>
      <Dialog
        open={open && !voiding}
        title={team ? t('rescue.form.editTitle', { name: team.name }) : t('rescue.form.addTitle')}
        onClose={onClose}
        onSubmit={save}
        busy={busy}
        error={error}
        dirty={JSON.stringify(draft) !== JSON.stringify(draftOf(team, types[0]))}
        extraActions={
          team && (
            <Button variant="danger" onClick={() => setVoiding(true)}>
              {t('rescue.form.void')}
            </Button>
          )
        }
      >
        <div className="vol-form">
          {!team && (
            <FormField label={t('rescue.field.number')} hint={t('rescue.form.numberHint')}>
              {input('number', L.number)}
            </FormField>
          )}
          <FormField label={t('rescue.field.name')} required>
            {input('name', L.name)}
          </FormField>
          <div className="vol-form-row">
            <FormField label={t('rescue.field.type')} required>
              <select value={draft.type} onChange={(e) => set('type')(e.target.value)}>
                {typeOptions.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('rescue.field.foundedDate')}>
              <DateInput value={draft.foundedDate} onValue={set('foundedDate')} />
            </FormField>
          </div>
          <FormField label={t('rescue.field.contactPhone')}>{input('contactPhone', L.contactPhone)}</FormField>
          <FormField label={t('rescue.field.notes')}>{input('notes', L.notes)}</FormField>
        </div>
      </Dialog>
      <ReasonDialog
        open={voiding}
        title={t('rescue.form.voidTitle', { name: team?.name ?? '' })}
        reasonLabel={t('rescue.form.voidReason')}
        submitLabel={t('rescue.form.void')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          const row = await call('rescue.teams.void', { id: team!.id, reason });
          setVoiding(false);
          onSaved(row);
        }}
      />
    </>
  );
}
