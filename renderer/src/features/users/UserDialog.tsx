// Add a user (user name, name, roles, password) or edit one (name, roles). A new user starts with no role:
// every role is chosen (a pre-ticked 文员 would quietly grant the sight of ID numbers).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_LIMITS } from '@api/limits';
import type { Role } from '@api/roles';
import type { UserInfo } from '@api/types';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Dialog, isChanged, TextInput } from '../../ui';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password';
import { RoleChecks } from './RoleChecks';

interface Props {
  /** null: add a new user; a user: edit that one. */
  user: UserInfo | null;
  open: boolean;
  onClose(): void;
  onSaved(user: UserInfo, created: boolean): void;
}

interface Form {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
  confirm: string;
}
type Problems = Partial<Record<keyof Form, string>>;

const blankForm = (user: UserInfo | null): Form => ({
  username: user?.username ?? '',
  displayName: user?.displayName ?? '',
  roles: user?.roles ?? [],
  password: '',
  confirm: '',
});

export function UserDialog({ user, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(blankForm(null));
  const [start, setStart] = useState<Form>(blankForm(null));
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setForm(blankForm(user));
    setStart(blankForm(user));
    setProblems({});
    setError(null);
  }, [open, user]);

  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) => {
      setForm((current) => ({ ...current, [key]: value }));
      setProblems((current) => ({ ...current, [key]: undefined }));
    };
  const problem = (key: keyof Form) => (problems[key] ? t(problems[key], { min: MIN_PASSWORD_LENGTH }) : undefined);

  const check = (): Problems => {
    const found: Problems = {};
    if (!user && !form.username.trim()) found.username = 'users.usernameRequired';
    if (!form.displayName.trim()) found.displayName = 'users.displayNameRequired';
    if (!form.roles.length) found.roles = 'users.rolesRequired';
    const password = user ? null : passwordProblem(form.password, form.confirm, form.username);
    if (password) found[password === 'password.mismatch' ? 'confirm' : 'password'] = password;
    return found;
  };

  const submit = async () => {
    const found = check();
    setProblems(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(null);
    try {
      const saved = user
        ? await call('users.update', { id: user.id, displayName: form.displayName.trim(), roles: form.roles })
        : await call('users.create', {
            username: form.username.trim(),
            displayName: form.displayName.trim(),
            roles: form.roles,
            password: form.password,
          });
      onSaved(saved, !user);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={user ? t('users.editTitle', { username: user.username }) : t('users.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      dirty={isChanged(form, start)}
    >
      {!user && (
        <TextInput
          label={t('users.username')}
          value={form.username}
          onValue={set('username')}
          error={problem('username')}
          required
          autoComplete="off"
          maxLength={ACCOUNT_LIMITS.username}
        />
      )}
      <TextInput
        label={t('users.displayName')}
        value={form.displayName}
        onValue={set('displayName')}
        error={problem('displayName')}
        required
        maxLength={ACCOUNT_LIMITS.displayName}
      />
      <RoleChecks value={form.roles} onChange={set('roles')} error={problem('roles')} />
      {!user && (
        <div className="field-row">
          <TextInput
            label={t('users.password')}
            type="password"
            value={form.password}
            onValue={set('password')}
            error={problem('password')}
            hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
            required
            autoComplete="new-password"
          />
          <TextInput
            label={t('users.confirm')}
            type="password"
            value={form.confirm}
            onValue={set('confirm')}
            error={problem('confirm')}
            required
            autoComplete="new-password"
          />
        </div>
      )}
    </Dialog>
  );
}
