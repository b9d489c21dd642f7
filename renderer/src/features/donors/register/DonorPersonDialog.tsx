// 三献记录 · 姓名: one person's registrations and donations (each opening is audited), with the keeper's actions -
// record a donation, edit or void a registration, void a donation, register the person for another kind. A user
// who may reveal ID numbers may show the whole number (people.revealId, audited). In the city: read only.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonorDonationRow, DonorPerson, DonorRegistrationRow } from '@core/donors/contract';
import { ID_REVEAL_ROLES } from '@rules/roles';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { errorText } from '../../../i18n';
import { Button, Dialog, ReasonDialog, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { DonationDialog } from './DonationDialog';
import { PersonRecord } from './PersonRecord';
import { RegistrationDialog } from './RegistrationDialog';

interface Props {
  /** The person whose record is open, and (in the city) their county. */
  open: { personId: string; officeCode?: string } | null;
  onClose(): void;
  /** Something changed: the grid reloads. */
  onChanged(): void;
}

type Pending =
  | { kind: 'edit'; row: DonorRegistrationRow }
  | { kind: 'add' }
  | { kind: 'donate'; row: DonorRegistrationRow }
  | { kind: 'void'; row: DonorRegistrationRow }
  | { kind: 'voidDonation'; row: DonorDonationRow };

export function DonorPersonDialog({ open, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const [pending, setPending] = useState<Pending | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  // Each reading is audited: read when the person opens and after a change, never on a mere render.
  const [loaded, reload] = useLoad<DonorPerson | null>(
    () => (open ? call('donors.person', open) : Promise.resolve(null)),
    [open],
  );
  const record = loaded && loaded.person.id === open?.personId ? loaded : null;
  const own = !open?.officeCode || open.officeCode === session.office.code;

  useEffect(() => setRevealed(null), [open]);

  const changed = () => {
    setPending(null);
    reload();
    onChanged();
  };
  const reveal = () =>
    call('people.revealId', { id: record!.person.id })
      .then(({ idNumber }) => setRevealed(idNumber))
      .catch((error: unknown) => toast.show(errorText(t, error), 'error'));
  const kindOf = (row: DonorRegistrationRow) => t(`donors.kind.${row.kind}`);
  const person = record?.person;

  return (
    <>
      <Dialog
        open={open !== null && record !== null}
        title={person && t('donors.person.title', { name: person.name })}
        onClose={onClose}
        width="large"
        extraActions={
          own && <Button onClick={() => setPending({ kind: 'add' })}>{t('donors.person.addRegistration')}</Button>
        }
      >
        {record && person && (
          <div className="donor-person">
            <p className="donor-form-person">
              <b>{person.name}</b>　{person.gender ? t(`donors.gender.${person.gender}`) : ''}　
              <span className="mono">{revealed ?? person.idNumber}</span>
              {own && !revealed && session.allows(ID_REVEAL_ROLES) && (
                <Button onClick={() => void reveal()}>{t('donors.person.reveal')}</Button>
              )}
              　{person.mobile ?? ''}　{[person.township, person.village].filter(Boolean).join(' ')}
            </p>
            <PersonRecord
              record={record}
              actions={
                own
                  ? {
                      onEdit: (row) => setPending({ kind: 'edit', row }),
                      onVoid: (row) => setPending({ kind: 'void', row }),
                      onDonate: (row) => setPending({ kind: 'donate', row }),
                      onVoidDonation: (row) => setPending({ kind: 'voidDonation', row }),
                    }
                  : {}
              }
            />
          </div>
        )}
      </Dialog>
      <RegistrationDialog
        open={pending?.kind === 'edit' || pending?.kind === 'add'}
        registration={pending?.kind === 'edit' ? pending.row : null}
        person={person}
        onClose={() => setPending(null)}
        onSaved={changed}
      />
      <DonationDialog
        registration={pending?.kind === 'donate' ? pending.row : null}
        onClose={() => setPending(null)}
        onSaved={changed}
      />
      <ReasonDialog
        open={pending?.kind === 'void'}
        title={
          pending?.kind === 'void'
            ? t('donors.voidRegistration.title', { kind: kindOf(pending.row), name: pending.row.name })
            : ''
        }
        message={t('donors.voidRegistration.message')}
        reasonLabel={t('donors.voidRegistration.reason')}
        submitLabel={t('donors.person.void')}
        onClose={() => setPending(null)}
        onSubmit={async (reason) => {
          if (pending?.kind !== 'void') return;
          await call('donors.void', { id: pending.row.id, reason });
          toast.show(
            t('donors.voidRegistration.done', { kind: kindOf(pending.row), name: pending.row.name }),
            'success',
          );
          changed();
        }}
      />
      <ReasonDialog
        open={pending?.kind === 'voidDonation'}
        title={
          pending?.kind === 'voidDonation' ? t('donors.voidDonation.title', { date: pending.row.donationDate }) : ''
        }
        reasonLabel={t('donors.voidDonation.reason')}
        submitLabel={t('donors.person.voidDonation')}
        onClose={() => setPending(null)}
        onSubmit={async (reason) => {
          if (pending?.kind !== 'voidDonation') return;
          await call('donors.donations.void', { id: pending.row.id, reason });
          toast.show(t('donors.voidDonation.done'), 'success');
          changed();
        }}
      />
    </>
  );
}
