// The app's front door: asks the backend where we stand (no office yet / signed out / signed in) and shows
// first-run setup, the login screen or the main layout. A lost session anywhere brings back the login.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeStatus } from '@api/types';
import { ApiCallError, call, onApiError } from '../api/client';
import { LoginPage } from '../features/auth/LoginPage';
import { forgetRevealedIds } from '../features/people/revealedIds';
import { SetupPage } from '../features/setup/SetupPage';
import { errorText } from '../i18n';
import { Alert, Button, ToastProvider } from '../ui';
import { IdleWatch } from './IdleWatch';
import { Layout } from './Layout';
import { makeSession, SessionProvider } from './session';

type Boot = { phase: 'loading' } | { phase: 'failed'; error: unknown } | { phase: 'ready'; status: OfficeStatus };

export function App() {
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  // Why the login screen is back, when it is not the user's doing (the session ended elsewhere or idled out).
  const [notice, setNotice] = useState<ApiCallError | null>(null);

  const load = useCallback(async () => {
    try {
      setBoot({ phase: 'ready', status: await call('office.status', {}) });
    } catch (error) {
      setBoot({ phase: 'failed', error });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () =>
      onApiError((error) => {
        if (error.code !== 'NOT_SIGNED_IN' && error.code !== 'SESSION_EXPIRED') return;
        // The first answer after idle sign-out says why; later NOT_SIGNED_IN answers (other pending calls) keep that.
        setNotice((shown) => (shown?.code === 'SESSION_EXPIRED' ? shown : error));
        void load();
      }),
    [load],
  );
  const signedIn = useCallback(async () => {
    setNotice(null);
    await load();
  }, [load]);

  const signOut = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } finally {
      // The next user starts on their own first page, not on the page the last one left open.
      history.replaceState(null, '', window.location.pathname + window.location.search);
      forgetRevealedIds();
      await load();
    }
  }, [load]);

  return (
    <ToastProvider>
      <Screen boot={boot} notice={notice} reload={load} signedIn={signedIn} signOut={signOut} />
    </ToastProvider>
  );
}

interface ScreenProps {
  boot: Boot;
  notice: ApiCallError | null;
  reload(): Promise<void>;
  signedIn(): Promise<void>;
  signOut(): Promise<void>;
}

function Screen({ boot, notice, reload, signedIn, signOut }: ScreenProps) {
  const { t } = useTranslation();
  if (boot.phase === 'loading') return <div className="boot">{t('app.loading')}</div>;
  if (boot.phase === 'failed') {
    return (
      <div className="boot">
        <h1>{t('app.startFailed')}</h1>
        <Alert>{errorText(t, boot.error)}</Alert>
        <Button variant="primary" onClick={() => void reload()}>
          {t('app.retry')}
        </Button>
      </div>
    );
  }
  const { office, user } = boot.status;
  if (!boot.status.configured || !office) return <SetupPage onDone={signedIn} />;
  if (!user) return <LoginPage office={office} notice={notice ? errorText(t, notice) : null} onSignedIn={signedIn} />;
  return (
    <SessionProvider session={makeSession(office, user, signOut, reload)}>
      <Layout />
      <IdleWatch signOut={signOut} />
    </SessionProvider>
  );
}
