// What a page in the sidebar is; its own module so feature page lists (features/stock/pages.ts) can type
// themselves without importing the registry that imports them.
import type { ComponentType } from 'react';
import type { Role } from '@api/roles';
import type { OfficeRole } from '@api/types';
import type { IconName } from '../ui/Icon';

/** The sidebar's sections, each under a heading that folds it (the people registry's, first, has none). */
export const NAV_GROUPS = [
  'people',
  'volunteers',
  'members',
  'rescue',
  'donors',
  'relief',
  'stock',
  'training',
  'exchange',
  'system',
] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export interface PageDef {
  /** The hash route: #/<id>. */
  id: string;
  /** i18n key of the sidebar label and page title. */
  labelKey: string;
  icon?: IconName;
  /** Who sees the page; admin sees every page (but one `requires` keeps from them). */
  roles: readonly Role[];
  /** A further check of the user's roles: the 三献 register needs its role held by name (rules/roles.ts maySeeDonors). */
  requires?: (roles: readonly Role[]) => boolean;
  /** Only for this kind of office (a county's outbox, a city's inbox); both when absent. */
  office?: OfficeRole;
  component: ComponentType;
  /** The sidebar section (pages.ts sets it for each feature's list). */
  group?: NavGroup;
}
