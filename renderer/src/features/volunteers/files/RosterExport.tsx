// 导出 Excel: the roster grid's current view (search, filters, sort) saved as an .xlsx file, ID numbers masked as
// the grid masks them; a toast says how many volunteers the file holds.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerQuery } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, useToast } from '../../../ui';
import { downloadBase64 } from '../../../ui/files';

export function RosterExport({ query }: { query: VolunteerQuery }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await call('volunteers.export', query);
      downloadBase64(file.fileName, file.contentBase64);
      toast.show(t('volunteerExport.done', { rows: file.rows, fileName: file.fileName }));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button busy={busy} onClick={() => void save()}>
      {t('volunteerExport.button')}
    </Button>
  );
}
