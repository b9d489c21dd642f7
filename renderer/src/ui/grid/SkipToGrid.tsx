// "跳到表格": the first stop of a page header for the keyboard, hidden until focused; Enter puts the keyboard in
// the grid's first cell instead of a dozen Tabs through the buttons and filters.
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { focusFirstCell } from './focus';

export function SkipToGrid({ api }: { api: () => GridApi | null }) {
  const { t } = useTranslation();
  return (
    <a
      href="#grid"
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        const grid = api();
        if (grid) focusFirstCell(grid);
      }}
    >
      {t('grid.skipToGrid')}
    </a>
  );
}
