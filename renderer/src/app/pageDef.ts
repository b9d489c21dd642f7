// What a page in the sidebar is; its own module so feature page lists (features/stock/pages.ts) can type
// themselves without importing the registry that imports them.
import type { ComponentType } from 'react';
import type { Role } from '@api/roles';
import type { OfficeRole } from '@api/types';
import type { IconName } from '../ui/Icon';

export interface PageDef {
  /** The hash route: #/<id>. */
  id: string;
  /** i18n key of the sidebar label and page title. */
  labelKey: string;
  icon?: IconName;
  /** Who sees the page; admin sees every page. */
  roles: readonly Role[];
  /** Only for this kind of office (a county's outbox, a city's inbox); both when absent. */
  office?: OfficeRole;
  component: ComponentType;
}
