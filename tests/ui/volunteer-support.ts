// Test support for the volunteer pages.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The 红十字会组织 section starts folded (the sidebar fits 768 px); it opens on its heading. */
export async function openVolunteerPage(page: Page, label: string, heading = label) {
  const nav = page.getByRole('navigation');
  const section = nav.getByRole('button', { name: '红十字会组织' });
  if ((await section.getAttribute('aria-expanded')) === 'false') await section.click();
  await nav.getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}
