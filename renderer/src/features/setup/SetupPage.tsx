// First run: the office (name, 6-digit division code, county or city) and its first administrator.
// After a confirm step (the code cannot be changed later) submits office.setup, then signs the administrator in.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_LIMITS, OFFICE_NAME_MAX } from '@api/limits';
import { isOfficeCode, type OfficeRole } from '@rules/office';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Alert, Button, TextInput } from '../../ui';
import { FrontScreen } from '../auth/FrontScreen';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../users/password';
import { SetupConfirmDialog, type OfficeToCreate } from './SetupConfirmDialog';

interface Form {
  name: string;
  code: string;
  role: OfficeRole;
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}
type Problems = Partial<Record<keyof Form, string>>;

const EMPTY: Form = { name: '', code: '', role: 'county', username: '', displayName: '', password: '', confirm: '' };

function check(form: Form): Problems {
  const problems: Problems = {};
  if (!form.name.trim()) problems.name = 'setup.errors.nameRequired';
  if (!isOfficeCode(form.code.trim())) problems.code = 'setup.errors.codeFormat';
  if (!form.username.trim()) problems.username = 'setup.errors.usernameRequired';
  const password = passwordProblem(form.password, form.confirm, form.username);
  if (password) problems[password === 'password.mismatch' ? 'confirm' : 'password'] = password;
  return problems;
}

export function SetupPage({ onDone }: { onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<OfficeToCreate | null>(null);
  const field = (key: keyof Form) => ({
    value: form[key],
    onValue: (value: string) => {
      setForm((current) => ({ ...current, [key]: value }));
      setProblems((current) => ({ ...current, [key]: undefined }));
    },
    error: problems[key] ? t(problems[key], { min: MIN_PASSWORD_LENGTH }) : undefined,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(form);
    setProblems(found);
    if (Object.keys(found).length) {
      document.querySelector<HTMLElement>('.front-card [aria-invalid="true"]')?.focus();
      return;
    }
    setError(null);
    setConfirming({ name: form.name.trim(), code: form.code.trim(), role: form.role });
  };

  const create = async (office: OfficeToCreate) => {
    setBusy(true);
    setError(null);
    const admin = { username: form.username.trim(), password: form.password };
    try {
      await call('office.setup', { ...office, admin: { ...admin, displayName: form.displayName.trim() || undefined } });
      await call('auth.login', admin);
      await onDone();
    } catch (caught) {
      setError(errorText(t, caught));
      setBusy(false);
    }
  };

  return (
    <>
      <FrontScreen wide onSubmit={submit}>
        <h1>{t('setup.title')}</h1>
        <p className="front-intro">{t('setup.intro')}</p>
        {error && !confirming && <Alert>{error}</Alert>}
        <fieldset>
          <legend>{t('setup.office')}</legend>
          <TextInput
            label={t('setup.officeName')}
            {...field('name')}
            maxLength={OFFICE_NAME_MAX}
            required
            autoFocus
            placeholder={t('setup.officeNameHint')}
          />
          <div className="field-row">
            <TextInput
              label={t('setup.code')}
              {...field('code')}
              required
              inputMode="numeric"
              maxLength={6}
              hint={t('setup.codeHint')}
            />
            <div className="field">
              <span className="field-label" id="setup-role-label">
                {t('setup.role')}
              </span>
              <div className="radio-row" role="radiogroup" aria-labelledby="setup-role-label">
                {(['county', 'city'] as const).map((role) => (
                  <label key={role} className="radio">
                    <input
                      type="radio"
                      name="role"
                      value={role}
                      checked={form.role === role}
                      onChange={() => setForm((current) => ({ ...current, role }))}
                    />
                    {t(`officeRole.${role}`)}
                  </label>
                ))}
              </div>
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('setup.admin')}</legend>
          <div className="field-row">
            <TextInput
              label={t('setup.username')}
              {...field('username')}
              maxLength={ACCOUNT_LIMITS.username}
              required
              autoComplete="username"
            />
            <TextInput
              label={t('setup.displayName')}
              {...field('displayName')}
              maxLength={ACCOUNT_LIMITS.displayName}
            />
          </div>
          <div className="field-row">
            <TextInput
              label={t('setup.password')}
              type="password"
              {...field('password')}
              required
              autoComplete="new-password"
              hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
            />
            <TextInput
              label={t('setup.confirm')}
              type="password"
              {...field('confirm')}
              required
              autoComplete="new-password"
            />
          </div>
        </fieldset>
        <Button type="submit" variant="primary" busy={busy} className="front-submit">
          {t('setup.submit')}
        </Button>
      </FrontScreen>
      <SetupConfirmDialog
        office={confirming}
        busy={busy}
        error={error}
        onBack={() => setConfirming(null)}
        onConfirm={() => confirming && void create(confirming)}
      />
    </>
  );
}
