// 待审核: county records the city did not apply silently (an ID number live in another county, a version
// older than the city's). A reviewer applies or dismisses each, or dismisses a selection at once; the server
// decides what may be applied.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewEntry, ReviewPage } from '@core/exchange/inbox/contract';
import { call } from '@renderer/api/client';
import { useSession } from '@renderer/app/session';
import { errorText, formatDateTime } from '@renderer/i18n';
import { Alert, Button, ConfirmDialog, useToast } from '@renderer/ui';

const NEVER_APPLIED = ['ROW_VERSION_LOWER', 'RECORD_OF_OTHER_OFFICE', 'MISSING_FROM_SNAPSHOT'];

export function ReviewList({ version, onChanged }: { version: number; onChanged(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const canResolve = useSession().hasRole('approver');
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [page, setPage] = useState<ReviewPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    try {
      setPage(await call('inbox.review', { ...(onlyOpen ? { status: 'open' as const } : {}), offset: 0, limit: 500 }));
      setSelected(new Set());
      setError(null);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  }, [onlyOpen, t]);
  useEffect(() => {
    void load();
  }, [load, version]);

  const resolve = async (entry: ReviewEntry, action: 'apply' | 'dismiss') => {
    setBusy(entry.id);
    try {
      await call('inbox.resolveReview', { id: entry.id, action });
      toast.show(t(action === 'apply' ? 'review.applied' : 'review.dismissed'));
      await load();
      onChanged();
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusy(null);
    }
  };

  const dismissSelected = async () => {
    const { dismissed } = await call('inbox.dismissReviews', { ids: [...selected] });
    setConfirming(false);
    toast.show(t('review.dismissedMany', { count: dismissed }));
    await load();
    onChanged();
  };

  const openIds = page?.rows.filter((entry) => entry.status === 'open').map((entry) => entry.id) ?? [];
  const allSelected = openIds.length > 0 && openIds.every((id) => selected.has(id));
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <>
      <div className="inbox-review-filter" role="radiogroup">
        <label className="check">
          <input type="radio" checked={onlyOpen} onChange={() => setOnlyOpen(true)} />
          {t('review.open')}
        </label>
        <label className="check">
          <input type="radio" checked={!onlyOpen} onChange={() => setOnlyOpen(false)} />
          {t('review.all')}
        </label>
        {canResolve && (
          <Button variant="quiet" disabled={selected.size === 0} onClick={() => setConfirming(true)}>
            {t('review.dismissSelected', { count: selected.size })}
          </Button>
        )}
        {page && page.total > page.rows.length && (
          <span className="inbox-review-shown">
            {t('review.shown', { shown: page.rows.length, total: page.total })}
          </span>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      <div className="table-wrap">
        <table className="table inbox-table" aria-label={t('inbox.tabs.review')}>
          <thead>
            <tr>
              {canResolve && (
                <th className="col-check">
                  <input
                    type="checkbox"
                    aria-label={t('review.selectAll')}
                    checked={allSelected}
                    disabled={openIds.length === 0}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(openIds))}
                  />
                </th>
              )}
              <th>{t('review.county')}</th>
              <th>{t('review.record')}</th>
              <th>{t('review.reason')}</th>
              <th className="num">{t('review.version')}</th>
              <th>{t('review.createdAt')}</th>
              <th>{t('review.status')}</th>
              <th className="col-actions">{t('inbox.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {page?.rows.length === 0 && (
              <tr>
                <td colSpan={canResolve ? 8 : 7} className="empty">
                  {t('review.empty')}
                </td>
              </tr>
            )}
            {page?.rows.map((entry) => (
              <tr key={entry.id}>
                {canResolve && (
                  <td className="col-check">
                    {entry.status === 'open' && (
                      <input
                        type="checkbox"
                        aria-label={`${t('review.select')} ${entry.label}`}
                        checked={selected.has(entry.id)}
                        onChange={() => toggle(entry.id)}
                      />
                    )}
                  </td>
                )}
                <td>{entry.senderName ?? entry.sender}</td>
                <td>{entry.label}</td>
                <td className="inbox-reason">
                  {t(`review.reasons.${entry.reason}`, { ...entry.details, defaultValue: entry.reason })}
                </td>
                <td className="num">{entry.rowVersion}</td>
                <td>{formatDateTime(entry.createdAt)}</td>
                <td>
                  <span className={`badge inbox-badge-${entry.status}`}>{t(`review.statusValue.${entry.status}`)}</span>
                </td>
                <td className="col-actions">
                  {canResolve && entry.status === 'open' && (
                    <>
                      {!NEVER_APPLIED.includes(entry.reason) && (
                        <Button busy={busy === entry.id} onClick={() => void resolve(entry, 'apply')}>
                          {t('review.apply')}
                        </Button>
                      )}
                      <Button variant="quiet" busy={busy === entry.id} onClick={() => void resolve(entry, 'dismiss')}>
                        {t('review.dismiss')}
                      </Button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('review.dismissSelectedTitle', { count: selected.size })}
        message={t('review.dismissSelectedBody')}
        confirmLabel={t('review.dismiss')}
        danger
        onConfirm={dismissSelected}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
