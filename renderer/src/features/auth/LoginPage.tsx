// The login screen: the office's name, user name, password, 登录. Wrong passwords say how many tries are
// left; a locked account says until when.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_LIMITS } from '@api/limits';
import type { OfficeInfo } from '@api/types';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Alert, Button, TextInput } from '../../ui';
import { FrontScreen } from './FrontScreen';

interface Props {
  office: OfficeInfo;
  /** Why the user is asked to sign in again, e.g. the session ended. */
  notice?: string | null;
  onSignedIn(): Promise<void>;
}

export function LoginPage({ office, notice, onSignedIn }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setError(t('login.missing'));
    setBusy(true);
    setError(null);
    try {
      await call('auth.login', { username: username.trim(), password });
      await onSignedIn();
    } catch (caught) {
      setError(errorText(t, caught));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <FrontScreen onSubmit={submit}>
      <div className="front-office">
        {office.name}
        <span className="office-code">{office.code}</span>
      </div>
      <h1>{t('login.title')}</h1>
      {error ? <Alert>{error}</Alert> : notice && <Alert kind="info">{notice}</Alert>}
      <TextInput
        label={t('login.username')}
        value={username}
        onValue={setUsername}
        maxLength={ACCOUNT_LIMITS.username}
        autoFocus
        autoComplete="username"
      />
      <TextInput
        label={t('login.password')}
        type="password"
        value={password}
        onValue={setPassword}
        autoComplete="current-password"
      />
      <Button type="submit" variant="primary" busy={busy} className="front-submit">
        {t('login.submit')}
      </Button>
      <p className="front-note">{t('login.forgot')}</p>
    </FrontScreen>
  );
}
