// 导出 Excel: the current view (search, filters, sort) through people.export, saved as 人员库_YYYYMMDD.xlsx.
// Users who may see ID numbers (admin, clerk) may tick 导出完整身份证号; others never see the choice.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleQuery } from '@core/people/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Dialog, useToast } from '../../ui';
import { datedFileName, downloadBase64 } from '../../ui/files';
import { useCustomFields, useFieldLabel } from '../customFields/useCustomFields';
import { genderText } from './fields';

interface Props {
  open: boolean;
  query: PeopleQuery;
  total: number | null;
  canReveal: boolean;
  onClose(): void;
}

export function ExportDialog({ open, query, total, canReveal, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const customFields = useCustomFields('people', { officeCode: query.officeCode });
  const label = useFieldLabel();
  const columnName = (column: string) => {
    const custom = customFields.find((f) => f.key === column);
    return custom ? label(custom) : t(`people.field.${column}`);
  };
  const toast = useToast();
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setReveal(false);
      setError(null);
    }
  }, [open]);

  const conditions = [
    query.search && `${t('common.search')} “${query.search}”`,
    query.township && `${t('people.field.township')} ${query.township}`,
    query.village && `${t('people.field.village')} ${query.village}`,
    query.gender && `${t('people.field.gender')} ${genderText(t, query.gender)}`,
    query.includeVoided && t('people.exportDialog.includeVoided'),
    query.columnFilters?.length && t('gridColumns.columnFilters', { count: query.columnFilters.length }),
    ...(query.sort ?? []).map((sort) => `${columnName(sort.column)} ${sort.direction === 'asc' ? '↑' : '↓'}`),
  ]
    .filter(Boolean)
    .join(t('people.listSeparator'));

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('people.export', {
        ...query,
        revealIds: canReveal && reveal,
        language: i18n.language === 'en' ? 'en' : 'zh-CN',
      });
      const fileName = datedFileName(t('people.exportDialog.fileBase'));
      downloadBase64(fileName, file.contentBase64);
      toast.show(t('people.exportDialog.done', { rows: file.rows, fileName }));
      onClose();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t('people.exportDialog.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('people.exportDialog.start')}
      busy={busy}
      error={error}
    >
      <p>{t('people.exportDialog.scope', { count: total ?? 0 })}</p>
      <p className="muted">
        {conditions ? t('people.exportDialog.filters', { filters: conditions }) : t('people.exportDialog.noFilters')}
      </p>
      {canReveal && (
        <div className="export-reveal">
          <label className="check">
            <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} />
            <span className="check-label">{t('people.exportDialog.revealIds')}</span>
          </label>
          <p className="check-help">{t('people.exportDialog.revealHint')}</p>
        </div>
      )}
    </Dialog>
  );
}
