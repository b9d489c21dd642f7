// 月结: the locked months, and for approvers locking a month or reopening one with a reason.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { MonthLockRow } from '@core/stock/contract';
import { errorText } from '@renderer/i18n';
import { Button, ConfirmDialog, Dialog, FormField, useToast } from '@renderer/ui';
import { stockCall } from '../api';
import { dateTimeCol, textCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';

/** The months a keeper may close: this one and the 35 before it, newest first (YYYY-MM). */
function recentMonths(): string[] {
  const now = new Date();
  return Array.from({ length: 36 }, (_, back) => {
    const date = new Date(now.getFullYear(), now.getMonth() - back, 1);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  });
}

export function MonthClose({ canLock }: { canLock: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [rows, reload] = useLoad(() => stockCall('stock.months.list', {}), []);
  const months = useMemo(recentMonths, []);
  const [month, setMonth] = useState(() => months[1]!);
  const [confirming, setConfirming] = useState(false);
  const [unlocking, setUnlocking] = useState<MonthLockRow | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const columns = useMemo(
    () => [
      textCol<MonthLockRow>(t, 'month', 110, { cellClass: 'cell-strong', sort: 'desc' }),
      textCol<MonthLockRow>(t, 'lockedByName', 120),
      dateTimeCol<MonthLockRow>(t, 'lockedAt', 150),
      ...(canLock
        ? [
            {
              colId: 'actions',
              headerName: t('stock.field.actions'),
              width: 90,
              sortable: false,
              cellRenderer: ({ data }: { data?: MonthLockRow }) =>
                data && (
                  <button
                    type="button"
                    className="cell-link"
                    onClick={() => {
                      setUnlocking(data);
                      setReason('');
                      setError(null);
                    }}
                  >
                    {t('stock.setup.unlock')}
                  </button>
                ),
            },
          ]
        : []),
    ],
    [t, canLock],
  );

  const laterLocks = (rows ?? [])
    .filter((row) => unlocking && row.month > unlocking.month)
    .map((row) => row.month)
    .sort();

  const unlock = async () => {
    if (!unlocking || !reason.trim()) return;
    try {
      await stockCall('stock.months.unlock', { month: unlocking.month, reason: reason.trim() });
      toast.show(t('stock.setup.unlocked', { month: unlocking.month }));
      setUnlocking(null);
      reload();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <>
      <p className="muted">{t('stock.setup.monthsIntro')}</p>
      <StockGrid<MonthLockRow>
        rows={rows}
        columns={columns}
        exportName={t('stock.setup.tabs.months')}
        rowId={(row) => row.id}
        toolbar={
          canLock && (
            <>
              <select
                aria-label={t('stock.field.month')}
                value={month}
                onChange={(event) => setMonth(event.target.value)}
              >
                {months.map((value) => (
                  <option key={value} value={value}>
                    {t('stock.setup.monthOption', { year: value.slice(0, 4), month: Number(value.slice(5)) })}
                  </option>
                ))}
              </select>
              <Button variant="primary" disabled={!month} onClick={() => setConfirming(true)}>
                {t('stock.setup.lockMonth')}
              </Button>
            </>
          )
        }
      />
      <ConfirmDialog
        open={confirming}
        title={t('stock.setup.lockMonth')}
        message={t('stock.setup.lockConfirm', { month })}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await stockCall('stock.months.lock', { month });
          setConfirming(false);
          toast.show(t('stock.setup.locked', { month }));
          reload();
        }}
      />
      <Dialog
        open={unlocking !== null}
        title={t('stock.setup.unlockTitle', { month: unlocking?.month ?? '' })}
        onClose={() => setUnlocking(null)}
        onSubmit={unlock}
        error={error}
        width="small"
        dirty={reason.trim() !== ''}
      >
        {laterLocks.length > 0 && (
          <p className="muted">{t('stock.setup.unlockAlsoLater', { months: laterLocks.join('、') })}</p>
        )}
        <FormField label={t('stock.setup.unlockReason')} required>
          <input
            type="text"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
      </Dialog>
    </>
  );
}
