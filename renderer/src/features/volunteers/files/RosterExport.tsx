// 导出 Excel: the roster grid's current view (search, filters, sort) saved as an .xlsx file, ID numbers masked as
// the grid masks them; a toast says how many volunteers the file holds.
import { useTranslation } from 'react-i18next';
import type { VolunteerQuery } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { ExportButton } from '../../../ui/ExportButton';

export function RosterExport({ query }: { query: VolunteerQuery }) {
  const { t } = useTranslation();
  return (
    <ExportButton
      label={t('volunteerExport.button')}
      run={() => call('volunteers.export', query)}
      done={(file) => t('volunteerExport.done', { rows: file.rows, fileName: file.fileName })}
    />
  );
}
