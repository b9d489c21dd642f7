// 服务时长审核 (#/volunteer-approval): the pending service records grouped by activity. An approver ticks one,
// several or a whole activity and approves or rejects (with a reason); everyone else sees the list only.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_APPROVERS } from '@core/volunteers/contract';
import type { ServiceRecordRow } from '@core/volunteers/service/contract';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { errorText } from '../../../i18n';
import { Button, PageHeader, ReasonDialog, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { hoursText } from '../hoursText';
import '../volunteers.css';
import { ActivityGroup } from './ActivityGroup';

const SHOWN = 500;

export function ApprovalPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const canDecide = session.allows(SERVICE_APPROVERS);
  const [page, reload] = useLoad(
    () => call('volunteers.service.list', { status: 'pending', offset: 0, limit: SHOWN }),
    [],
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState<{ ids?: string[]; activityId?: string; count: number } | null>(null);
  const groups = useMemo(() => {
    const byActivity = new Map<string, ServiceRecordRow[]>();
    for (const row of page?.rows ?? [])
      byActivity.set(row.activityId, [...(byActivity.get(row.activityId) ?? []), row]);
    return [...byActivity.values()];
  }, [page]);

  const decide = async (
    target: { ids?: string[]; activityId?: string },
    decision: 'approve' | 'reject',
    reason?: string,
  ) => {
    const result = await call('volunteers.service.decide', { ...target, decision, ...(reason ? { reason } : {}) });
    toast.show(
      t(decision === 'approve' ? 'volunteerApproval.approved' : 'volunteerApproval.rejected', {
        count: result.decided,
      }),
      'success',
    );
    setChosen(new Set());
    reload();
  };
  const approve = (target: { ids?: string[]; activityId?: string }) =>
    decide(target, 'approve').catch((error: unknown) => toast.show(errorText(t, error), 'error'));

  return (
    <div className="page vol-approval">
      <PageHeader title={t('volunteerApproval.title')}>
        {page && (
          <span className="muted">
            {t('volunteerApproval.total', { count: page.total, hours: hoursText(page.halfHours) })}
          </span>
        )}
        {canDecide && chosen.size > 0 && (
          <>
            <Button variant="primary" onClick={() => void approve({ ids: [...chosen] })}>
              {t('volunteerApproval.approveChosen', { count: chosen.size })}
            </Button>
            <Button onClick={() => setRejecting({ ids: [...chosen], count: chosen.size })}>
              {t('volunteerApproval.rejectChosen', { count: chosen.size })}
            </Button>
          </>
        )}
      </PageHeader>
      {!canDecide && <p className="muted">{t('volunteerApproval.viewOnly')}</p>}
      {page?.total === 0 && <p className="vol-empty">{t('volunteerApproval.empty')}</p>}
      {page && page.total > page.rows.length && (
        <p className="muted">{t('volunteerApproval.more', { shown: page.rows.length })}</p>
      )}
      {groups.map((rows) => (
        <ActivityGroup
          key={rows[0]!.activityId}
          rows={rows}
          canDecide={canDecide}
          chosen={chosen}
          onChoose={setChosen}
          onApproveAll={() => void approve({ activityId: rows[0]!.activityId })}
          onRejectAll={() => setRejecting({ activityId: rows[0]!.activityId, count: rows.length })}
        />
      ))}
      <ReasonDialog
        open={rejecting !== null}
        title={t('volunteerApproval.rejectTitle', { count: rejecting?.count ?? 0 })}
        reasonLabel={t('volunteerApproval.rejectReason')}
        submitLabel={t('volunteerApproval.reject')}
        onClose={() => setRejecting(null)}
        onSubmit={async (reason) => {
          const { ids, activityId } = rejecting!;
          await decide(ids ? { ids } : { activityId }, 'reject', reason);
          setRejecting(null);
        }}
      />
    </div>
  );
}
