// Idle sign-out, seen from the page: asks the backend how long the session has left (auth.session, which does not
// count as activity), reports the user's own typing and clicking (auth.keepAlive), and shortly before the end asks
// 即将因长时间未操作而退出登录 with 继续使用. When the time runs out the next call answers SESSION_EXPIRED and
// App shows the login page with the reason; the URL hash keeps the page for after signing in.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionIdle } from '@core/accounts/methods';
import { call } from '../api/client';
import { Button, Dialog } from '../ui';

/** The warning comes this long before the end: two minutes, or half the idle time if that is shorter. */
export function warningLeadMs(idleMinutes: number): number {
  return Math.min(120_000, (idleMinutes * 60_000) / 2);
}

const CHECK_EVERY_MS = 15_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

export function IdleWatch({ signOut }: { signOut(): Promise<void> }) {
  const { t } = useTranslation();
  const active = useRef(false);
  const [deadline, setDeadline] = useState<number | null>(null); // set while the warning shows
  const [now, setNow] = useState(() => Date.now());
  const timer = useRef<number | undefined>(undefined);
  const warning = deadline !== null;

  const check = useCallback(async (userActive: boolean) => {
    window.clearTimeout(timer.current);
    active.current = false;
    let idle: SessionIdle;
    try {
      idle = await call(userActive ? 'auth.keepAlive' : 'auth.session', {});
    } catch {
      return; // SESSION_EXPIRED / NOT_SIGNED_IN: App takes the user to the login page
    }
    const lead = warningLeadMs(idle.idleMinutes);
    const showing = idle.remainingMs <= lead;
    setNow(Date.now());
    setDeadline(showing ? Date.now() + idle.remainingMs : null);
    const wait = showing ? idle.remainingMs + 500 : idle.remainingMs - lead;
    timer.current = window.setTimeout(() => void check(active.current), Math.max(1000, Math.min(CHECK_EVERY_MS, wait)));
  }, []);

  useEffect(() => {
    const markActive = () => {
      active.current = true;
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, markActive, { capture: true, passive: true });
    void check(false);
    return () => {
      window.clearTimeout(timer.current);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, markActive, { capture: true });
    };
  }, [check]);

  useEffect(() => {
    if (!warning) return;
    // After the dialog has opened (it focuses its first button): Enter or Space then means 继续使用.
    window.setTimeout(() => document.querySelector<HTMLButtonElement>('.idle-keep')?.focus(), 0);
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [warning]);

  const keepUsing = () => void check(true);
  const seconds = deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
  return (
    <Dialog
      open={warning}
      title={t('app.idle.title')}
      onClose={keepUsing}
      width="small"
      footer={
        <>
          <Button onClick={() => void signOut()}>{t('app.idle.signOut')}</Button>
          <span className="dialog-spacer" />
          <Button variant="primary" className="idle-keep" onClick={keepUsing}>
            {t('app.idle.keepUsing')}
          </Button>
        </>
      }
    >
      <p className="confirm-message">{t('app.idle.message', { seconds })}</p>
    </Dialog>
  );
}
