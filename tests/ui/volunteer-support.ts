// Test support for the volunteer pages.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The roster sections start folded (the sidebar fits 768 px); a page's section opens on its heading. */
export async function openSectionPage(page: Page, section: string, label: string, heading = label) {
  const nav = page.getByRole('navigation');
  const fold = nav.getByRole('button', { name: section });
  if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  await nav.getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

export async function openVolunteerPage(page: Page, label: string, heading = label) {
  await openSectionPage(page, '志愿服务', label, heading);
}
