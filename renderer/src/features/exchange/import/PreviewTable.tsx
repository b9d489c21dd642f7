// What a package did or would do, per table: new, updated, unchanged, voided and conflicts (to review).
import { useTranslation } from 'react-i18next';
import type { ApplySummary } from '@core/exchange/inbox/contract';
import { COUNTED } from '../inbox/format';
import { inLabelOrder, tableLabel } from '../tableLabels';

export function PreviewTable({ summary }: { summary: ApplySummary }) {
  const { t } = useTranslation();
  const tables = inLabelOrder(Object.entries(summary));
  const total = (kind: (typeof COUNTED)[number]) => tables.reduce((sum, [, counts]) => sum + counts[kind], 0);
  return (
    <div className="table-wrap">
      <table className="table package-preview" aria-label={t('importWizard.previewTitle')}>
        <thead>
          <tr>
            <th>{t('importWizard.table')}</th>
            {COUNTED.map((kind) => (
              <th key={kind}>{t(`inbox.counted.${kind}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tables.map(([table, counts]) => (
            <tr key={table}>
              <td>{tableLabel(t, table)}</td>
              {COUNTED.map((kind) => (
                <td key={kind} className={kind === 'conflicts' && counts[kind] > 0 ? 'conflicts' : undefined}>
                  {counts[kind]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {tables.length > 1 && (
          <tfoot>
            <tr>
              <td>{t('importWizard.total')}</td>
              {COUNTED.map((kind) => (
                <td key={kind}>{total(kind)}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
