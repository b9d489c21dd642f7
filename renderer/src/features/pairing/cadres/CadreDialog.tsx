// 新增/修改帮扶干部: the person from the registry (or registered on the spot), the work unit and its level (both
// required), a phone (else the person's mobile), notes. Editing shows the households paired now, pairs a new one,
// and voids a cadre entered by mistake.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadreRow } from '@core/pairing/cadres/contract';
import type { PairingRow } from '@core/pairing/pairings/contract';
import type { PersonRow } from '@core/people/contract';
import { CADRE_LEVELS, type CadreLevel } from '@rules/households';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { NewPersonDialog } from '../../volunteers/roster/NewPersonDialog';
import { PersonPick } from '../../volunteers/roster/PersonPick';

interface Props {
  open: boolean;
  /** null: a new cadre. */
  cadre: CadreRow | null;
  canEdit: boolean;
  onClose(): void;
  onSaved(): void;
  onPairNew(cadre: CadreRow): void;
}

export function CadreDialog({ open, cadre, canEdit, onClose, onSaved, onPairNew }: Props) {
  const { t } = useTranslation();
  const f = (key: string, values: Record<string, unknown> = {}) => t(`pairing.cadreForm.${key}`, values);
  const toast = useToast();
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [unit, setUnit] = useState('');
  const [level, setLevel] = useState<CadreLevel | ''>('');
  const [phone, setPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [registering, setRegistering] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [households] = useLoad(
    () =>
      open && cadre
        ? call('pairing.pairings.list', { cadreId: cadre.id, offset: 0, limit: 200 })
        : Promise.resolve({ rows: [] as PairingRow[], total: 0 }),
    [open, cadre],
  );

  useEffect(() => {
    if (!open) return;
    setPerson(null);
    setUnit(cadre?.unit ?? '');
    setLevel(cadre?.level ?? '');
    setPhone(cadre && cadre.phone !== null ? cadre.phone : '');
    setNotes(cadre?.notes ?? '');
    setError(null);
  }, [open, cadre]);

  const dirty = person !== null || unit !== (cadre?.unit ?? '') || level !== (cadre?.level ?? '');
  const save = async () => {
    if (!cadre && !person) return setError(f('pickFirst'));
    setBusy(true);
    setError(null);
    try {
      const fields = { unit, level: level as CadreLevel, phone: phone.trim() || null, notes: notes.trim() || null };
      const row = cadre
        ? await call('pairing.cadres.update', { id: cadre.id, rowVersion: cadre.rowVersion, patch: fields })
        : await call('pairing.cadres.create', { personId: person!.id, ...fields });
      toast.show(f('saved', { name: row.name }), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const paired = households?.rows ?? [];

  return (
    <>
      <Dialog
        open={open && !registering && !voiding}
        title={cadre ? f('editTitle', { name: cadre.name }) : f('addTitle')}
        onClose={onClose}
        onSubmit={canEdit ? save : undefined}
        busy={busy}
        error={error}
        dirty={dirty}
        width="large"
        extraActions={
          cadre &&
          canEdit && (
            <>
              <Button onClick={() => onPairNew(cadre)}>{f('pairNew')}</Button>
              <Button variant="danger" onClick={() => setVoiding(true)}>
                {f('void')}
              </Button>
            </>
          )
        }
      >
        <div className="vol-form">
          {cadre ? (
            <p className="vol-form-person">
              <b>{cadre.name}</b>　<span className="mono">{cadre.idNumber}</span>
            </p>
          ) : (
            <PersonPick chosen={person} onChoose={setPerson} onRegister={() => setRegistering(true)} />
          )}
          <div className="vol-form-row">
            <FormField label={f('unit')} required>
              <input value={unit} maxLength={200} onChange={(e) => setUnit(e.target.value)} />
            </FormField>
            <FormField label={f('level')} required>
              <select value={level} onChange={(e) => setLevel(e.target.value as CadreLevel)}>
                <option value="">{f('chooseLevel')}</option>
                {CADRE_LEVELS.map((code) => (
                  <option key={code} value={code}>
                    {t(`pairing.level.${code}`)}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <div className="vol-form-row">
            <FormField label={f('phone')} hint={f('phoneHint')}>
              <input value={phone} maxLength={40} onChange={(e) => setPhone(e.target.value)} />
            </FormField>
            <FormField label={f('notes')}>
              <input value={notes} maxLength={1000} onChange={(e) => setNotes(e.target.value)} />
            </FormField>
          </div>
          {cadre && (
            <section aria-label={f('households', { count: paired.length })}>
              <h3 className="pairing-subhead">{f('households', { count: paired.length })}</h3>
              {paired.length === 0 ? (
                <p className="muted">{f('noHouseholds')}</p>
              ) : (
                <ul className="pairing-list">
                  {paired.map((p) => (
                    <li key={p.id}>
                      {p.householdNumber} {p.headName}　{[p.township, p.village].filter(Boolean).join(' ')}　
                      {t('pairing.pairingActions.since', { date: p.fromDate })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      </Dialog>
      <NewPersonDialog
        open={registering}
        title={t('volunteers.form.newPersonTitle')}
        onClose={() => setRegistering(false)}
        onRegistered={(registered) => {
          setRegistering(false);
          setPerson(registered);
        }}
      />
      <ReasonDialog
        open={voiding}
        title={f('voidTitle', { name: cadre?.name ?? '' })}
        reasonLabel={f('voidReason')}
        submitLabel={f('void')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          await call('pairing.cadres.void', { id: cadre!.id, reason });
          setVoiding(false);
          onSaved();
        }}
      />
    </>
  );
}
