// The signed-in user changes their own password from the top bar: the current one, then the new one twice.
// Their other sessions end; this one stays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { errorText } from '../../i18n';
import { Dialog, TextInput, useToast } from '../../ui';
import { MIN_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from '../users/password';

const EMPTY = { current: '', password: '', confirm: '' };

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<PasswordProblem | 'account.currentRequired' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const close = () => {
    setForm(EMPTY);
    setProblem(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    const found =
      form.current === '' ? 'account.currentRequired' : passwordProblem(form.password, form.confirm, user.username);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      await call('auth.changePassword', { currentPassword: form.current, newPassword: form.password });
      toast.show(t('account.passwordChanged'));
      close();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const message = (shown: boolean) => (problem && shown ? t(problem, { min: MIN_PASSWORD_LENGTH }) : undefined);
  return (
    <Dialog
      open={open}
      title={t('account.changePassword')}
      width="small"
      onClose={close}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      dirty={form.current !== '' || form.password !== '' || form.confirm !== ''}
    >
      <TextInput
        label={t('account.currentPassword')}
        type="password"
        value={form.current}
        onValue={set('current')}
        autoComplete="current-password"
        error={message(problem === 'account.currentRequired')}
      />
      <TextInput
        label={t('users.newPassword')}
        type="password"
        value={form.password}
        onValue={set('password')}
        autoComplete="new-password"
        error={message(problem !== 'password.mismatch' && problem !== 'account.currentRequired')}
        hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
      />
      <TextInput
        label={t('users.confirm')}
        type="password"
        value={form.confirm}
        onValue={set('confirm')}
        autoComplete="new-password"
        error={message(problem === 'password.mismatch')}
      />
    </Dialog>
  );
}
