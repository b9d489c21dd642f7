// AG Grid's own texts (filter menus, paging, "no rows") in the user's language.
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import i18n from 'i18next';

/** The localeText for <AgGridReact>; pass it with a key on the language so the grid re-renders on a switch. */
export function gridLocale(): Record<string, string> {
  return i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_CN;
}
