// An administrator corrects the office name typed at first run (the code cannot change).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICE_NAME_MAX } from '@api/limits';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { errorText } from '../../i18n';
import { Dialog, TextInput, useToast } from '../../ui';

export function OfficeNameDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { office, reload } = useSession();
  const toast = useToast();
  const [name, setName] = useState(office.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setName(office.name);
      setError(null);
    }
  }, [open, office.name]);

  const submit = async () => {
    if (!name.trim()) {
      setError(t('errors.OFFICE_NAME_REQUIRED'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await call('office.rename', { name: name.trim() });
      await reload();
      toast.show(t('account.officeRenamed', { name: saved.name }));
      onClose();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t('account.renameOffice')}
      width="small"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      dirty={name !== office.name}
    >
      <TextInput
        label={t('account.officeName')}
        value={name}
        onValue={setName}
        maxLength={OFFICE_NAME_MAX}
        required
        hint={t('account.officeNameHint', { code: office.code })}
      />
    </Dialog>
  );
}
