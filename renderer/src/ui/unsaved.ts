// Unsaved typed work, across the app: every form with unsaved input registers a guard while it is dirty, so
// navigation and sign-out can ask before throwing it away (confirmLeave), and closing the window or tab
// (Electron's window too: its main process turns a refused unload into the same question) is held back.
import { useEffect, useRef } from 'react';

/** Asks the user about one form's unsaved input; true when they chose to discard it (and the form closed). */
type Ask = () => Promise<boolean>;

const guards: { ask: Ask }[] = [];

function holdUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older Chromium (and Electron's will-prevent-unload) still look at returnValue.
  event.returnValue = '';
}

function register(guard: { ask: Ask }): () => void {
  if (guards.length === 0) window.addEventListener('beforeunload', holdUnload);
  guards.push(guard);
  return () => {
    guards.splice(guards.indexOf(guard), 1);
    if (guards.length === 0) window.removeEventListener('beforeunload', holdUnload);
  };
}

/** While `dirty`, this form's input counts as unsaved work; `ask` shows its question. */
export function useUnsavedGuard(dirty: boolean, ask: Ask): void {
  const latest = useRef(ask);
  latest.current = ask;
  useEffect(() => (dirty ? register({ ask: () => latest.current() }) : undefined), [dirty]);
}

export function hasUnsavedWork(): boolean {
  return guards.length > 0;
}

/** Before leaving (another page, sign-out): asks each dirty form, newest first; false as soon as one is kept. */
export async function confirmLeave(): Promise<boolean> {
  for (const guard of [...guards].reverse()) {
    if (!(await guard.ask())) return false;
  }
  return true;
}

/** A form's values differ from those it opened with (one level deep, lists compared item by item). */
export function isChanged<T extends object>(now: T, start: T): boolean {
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, i) => item === b[i]) : a === b;
  return (Object.keys(now) as (keyof T)[]).some((key) => !same(now[key], start[key]));
}

/** Runs a leaving action (sign-out) once every form with unsaved input has agreed to go. */
export async function leaveThen(action: () => void | Promise<void>): Promise<void> {
  if (await confirmLeave()) await action();
}
