// The administrator sets a new password for a user (who forgot theirs, or is new to the desk).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserInfo } from '@api/types';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Dialog, TextInput } from '../../ui';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password';

export function PasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserInfo | null;
  onClose(): void;
  onSaved(user: UserInfo): void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof passwordProblem>>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setPassword('');
    setConfirm('');
    setProblem(null);
    setError(null);
  }, [user]);

  const submit = async () => {
    if (!user) return;
    const found = passwordProblem(password, confirm, user.username);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('users.update', { id: user.id, password }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const message = problem ? t(problem, { min: MIN_PASSWORD_LENGTH }) : undefined;
  return (
    <Dialog
      open={user !== null}
      title={t('users.passwordTitle', { username: user?.username ?? '' })}
      width="small"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      dirty={password !== '' || confirm !== ''}
    >
      <TextInput
        label={t('users.newPassword')}
        type="password"
        value={password}
        onValue={setPassword}
        autoComplete="new-password"
        error={problem && problem !== 'password.mismatch' ? message : undefined}
        hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
      />
      <TextInput
        label={t('users.confirm')}
        type="password"
        value={confirm}
        onValue={setConfirm}
        autoComplete="new-password"
        error={problem === 'password.mismatch' ? message : undefined}
      />
    </Dialog>
  );
}
