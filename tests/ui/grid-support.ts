// Helpers for the grid keyboard tests: the people page, valid and broken ID numbers, the entry row, and Chinese typed
// through an IME (Chromium's own composition events over CDP, as a Pinyin IME sends them).
import type { Page } from '@playwright/test';
import { expect, signIn, type App } from './fixtures';
import { validId } from './stock-support';

export { validId };

export function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
}

export async function openPeople(page: Page, app: App): Promise<void> {
  await signIn(page, app);
  await expect(page.getByRole('heading', { name: '人员库' })).toBeVisible();
}

export const BODY = '.ag-grid-scrolling-container';
export const total = (page: Page) => page.locator('.people-total');
export const entryCell = (page: Page, colId: string) =>
  page.locator(`.ag-grid-pinned-top-rows-container .ag-row [col-id="${colId}"]`);
export const bodyCell = (page: Page, rowIndex: number, colId: string) =>
  page.locator(`${BODY} .ag-row[row-index="${rowIndex}"] [col-id="${colId}"]`);

/** Types Chinese as a Pinyin IME does: the composition grows with the pinyin, then the chosen words are committed. */
export async function imeType(page: Page, pinyin: string, chosen: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let end = 1; end <= pinyin.length; end++) {
    const text = pinyin.slice(0, end);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: chosen });
  await cdp.detach();
}

/**
 * A busy page, on demand: while held, the page's timers and animation frames wait, so keys typed are handled before
 * them, as Chromium does on a loaded machine (input goes before queued tasks). Install before the page opens.
 */
export async function installHeldWork(page: Page): Promise<{ hold(): Promise<void>; release(): Promise<void> }> {
  await page.addInitScript(() => {
    type Schedule = (...args: never[]) => number;
    const held = { on: false, next: -1, queue: new Map<number, () => void>(), real: new Map<number, number>() };
    const defer = (schedule: Schedule, cancel: (id: number) => void) => {
      const wrapped = (...args: never[]) => {
        if (!held.on) return schedule(...args);
        const id = held.next--;
        held.queue.set(id, () => held.real.set(id, schedule(...args)));
        return id;
      };
      const unwrapped = (id: number) => {
        if (id >= 0) return cancel(id);
        held.queue.delete(id);
        if (held.real.has(id)) cancel(held.real.get(id)!);
      };
      return [wrapped, unwrapped] as const;
    };
    const [setTimeout, clearTimeout] = defer(window.setTimeout.bind(window), window.clearTimeout.bind(window));
    const [requestFrame, cancelFrame] = defer(
      window.requestAnimationFrame.bind(window),
      window.cancelAnimationFrame.bind(window),
    );
    Object.assign(window, {
      setTimeout,
      clearTimeout,
      requestAnimationFrame: requestFrame,
      cancelAnimationFrame: cancelFrame,
      heldWork: (on: boolean) => {
        held.on = on;
        if (on) return;
        const queued = [...held.queue.values()];
        held.queue.clear();
        for (const run of queued) run();
      },
    });
  });
  const set = (on: boolean) =>
    page.evaluate((hold) => (window as unknown as { heldWork(on: boolean): void }).heldWork(hold), on);
  return { hold: () => set(true), release: () => set(false) };
}
