// What the opening import's check found besides errors: the category each new item goes into, and lots
// that had already expired on the opening date (a warning: they are imported as they are on the shelf).
import { useTranslation } from 'react-i18next';
import type { OpeningImportResult } from '@core/stock/reports/contract';
import { Alert } from '@renderer/ui';

export function OpeningNotes({ result }: { result: OpeningImportResult }) {
  const { t } = useTranslation();
  const { proposedCategories, expiredLots } = result;
  return (
    <>
      {proposedCategories.length > 0 && result.imported === 0 && (
        <div className="opening-categories" aria-label={t('stock.openingNotes.categories')}>
          <p>{t('stock.openingNotes.categories')}</p>
          <ul>
            {proposedCategories.map((row) => (
              <li key={row.item}>
                {row.item} → <strong>{row.category}</strong>
                <span className="muted">
                  （{row.proposed ? t('stock.openingNotes.proposed') : t('stock.openingNotes.fromSheet')}）
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {expiredLots.length > 0 && (
        <Alert kind="warning">
          {t('stock.openingNotes.expired', { count: expiredLots.length })}
          {expiredLots.map((lot) => (
            <div key={lot.row}>
              {t('stock.openingNotes.expiredLine', {
                row: lot.row,
                item: lot.item,
                lot: lot.lot ?? t('stock.openingNotes.noLot'),
                date: lot.expiryDate,
              })}
            </div>
          ))}
        </Alert>
      )}
    </>
  );
}
