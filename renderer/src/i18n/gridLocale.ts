// AG Grid's own texts (filter menus, paging, "no rows") in the user's language, with the few the stock Chinese
// locale words badly put as a clerk would say them.
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import i18n from 'i18next';

const CHINESE: Record<string, string> = { ...AG_GRID_LOCALE_CN, noRowsToShow: '没有符合条件的记录' };

/** The localeText for <AgGridReact>; pass it with a key on the language so the grid re-renders on a switch. */
export function gridLocale(): Record<string, string> {
  return i18n.language === 'en' ? AG_GRID_LOCALE_EN : CHINESE;
}
