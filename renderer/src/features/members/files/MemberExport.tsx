// 导出 Excel: the roster grid's current view (search, filters, sort) saved as an .xlsx file with the headers the
// import reads back, ID numbers masked as the grid masks them; a toast says how many members the file holds.
import { useTranslation } from 'react-i18next';
import type { MemberQuery } from '@core/members/roster/contract';
import { call } from '../../../api/client';
import { ExportButton } from '../../../ui/ExportButton';

export function MemberExport({ query }: { query: MemberQuery }) {
  const { t } = useTranslation();
  return (
    <ExportButton
      label={t('members.export.button')}
      run={() => call('members.export', query)}
      done={(file) => t('members.export.done', { rows: file.rows, fileName: file.fileName })}
    />
  );
}
