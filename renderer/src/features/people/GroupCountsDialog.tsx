// 分组计数: people of the current view (search, filters) counted per township, village, gender, office or
// entered-by, as a small table with its total, and 导出 Excel of the same table (through the core's writer, so
// live-looking text stays text). People per village without an export of the whole list.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupColumn } from '@api/columnFilters';
import type { GroupCounts, PeopleQuery } from '@core/people/contract';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Button, Dialog, useToast } from '../../ui';
import { datedFileName, downloadBase64 } from '../../ui/files';
import { genderText } from './fields';
import './groupCounts.css';

interface Props {
  open: boolean;
  query: PeopleQuery;
  city: boolean;
  offices: Record<string, string> | null;
  onClose(): void;
}

export function GroupCountsDialog({ open, query, city, offices, onClose }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [column, setColumn] = useState<GroupColumn>('village');
  const [counts, setCounts] = useState<GroupCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const columns: GroupColumn[] = [
    'township',
    'village',
    'gender',
    ...(city ? ['officeCode' as const] : []),
    'createdBy',
  ];

  useEffect(() => {
    if (!open) return;
    let live = true;
    setCounts(null);
    setError(null);
    call('people.groupCounts', { ...query, groupBy: column })
      .then((found) => live && setCounts(found))
      .catch((caught: unknown) => live && setError(errorText(t, caught)));
    return () => {
      live = false;
    };
  }, [open, query, column, t]);

  const label = (value: string | null) => {
    if (value === null) return t('gridColumns.blank');
    if (column === 'gender') return genderText(t, value);
    return column === 'officeCode' ? (offices?.[value] ?? value) : value;
  };
  const columnName = t(`people.field.${column}`);

  const exportNow = async () => {
    setBusy(true);
    try {
      const title = t('people.groups.fileTitle', { column: columnName });
      const file = await call('people.groupCountsExport', {
        ...query,
        groupBy: column,
        headings: {
          sheet: title.slice(0, 31).replace(/[[\]:*?/\\]/g, ' '),
          title,
          subtitle: t('people.groups.scope', { count: counts?.total ?? 0 }),
          value: columnName,
          count: t('people.groups.count'),
          total: t('people.groups.total'),
          blank: t('gridColumns.blank'),
          values:
            column === 'gender'
              ? { M: genderText(t, 'M'), F: genderText(t, 'F') }
              : column === 'officeCode'
                ? (offices ?? {})
                : undefined,
        },
      });
      const fileName = datedFileName(title.replace(/[\\/:*?"<>|]/g, ' '));
      downloadBase64(fileName, file.contentBase64);
      toast.show(t('people.groups.exported', { fileName }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={t('people.groups.title')}
      onClose={onClose}
      error={error}
      extraActions={
        <Button onClick={() => void exportNow()} busy={busy} disabled={!counts?.groups.length}>
          {t('people.export')}
        </Button>
      }
    >
      <label className="group-by">
        <span>{t('people.groups.by')}</span>
        <select
          value={column}
          onChange={(event) => setColumn(event.target.value as GroupColumn)}
          aria-label={t('people.groups.by')}
        >
          {columns.map((c) => (
            <option key={c} value={c}>
              {t(`people.field.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('people.groups.scope', { count: counts?.total ?? 0 })}</p>
      <div className="table-wrap group-counts">
        <table className="table" aria-label={t('people.groups.title')}>
          <thead>
            <tr>
              <th>{columnName}</th>
              <th className="num">{t('people.groups.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts?.groups.map((g) => (
              <tr key={g.value ?? ''}>
                <td>{label(g.value)}</td>
                <td className="num">{g.count}</td>
              </tr>
            ))}
          </tbody>
          {counts && (
            <tfoot>
              <tr>
                <th>{t('people.groups.total')}</th>
                <th className="num">{counts.total}</th>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </Dialog>
  );
}
