// An open member's record below the form: each change of status (a transfer with where to, who recorded it) and
// each year's dues paid with its receipt, which a clerk prints again from here.
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '@core/members/roster/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { formatDate } from '../../../i18n/format';
import { Button } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { fenToYuan } from '../money';

export function MemberDetails({ member, canPrint }: { member: MemberRow; canPrint: boolean }) {
  const { t } = useTranslation();
  const [history] = useLoad(() => call('members.history', { id: member.id }), [member]);
  const [dues] = useLoad(() => call('members.dues.list', { memberId: member.id }), [member]);
  const h = (key: string, values: Record<string, unknown> = {}) => t(`members.history.${key}`, values);
  const status = (s: string) => t(`members.status.${s}`);
  return (
    <div className="mem-details">
      <section>
        <h3>{h('title')}</h3>
        {history?.length === 0 && <p className="muted">{h('none')}</p>}
        <ul>
          {history?.map((change) => (
            <li key={change.id}>
              {h('line', {
                date: formatDate(change.changeDate),
                from: status(change.fromStatus),
                to: status(change.toStatus),
              })}
              {change.transferTo ? `　${h('transferTo', { place: change.transferTo })}` : ''}
              {change.reason ? `　${change.reason}` : ''}
              <span className="muted"> {h('by', { who: change.createdBy })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{h('dues')}</h3>
        {dues?.length === 0 && <p className="muted">{h('noDues')}</p>}
        <ul>
          {dues?.map((paid) => (
            <li key={paid.id}>
              {h('duesLine', {
                year: paid.year,
                amount: fenToYuan(paid.amountFen),
                date: formatDate(paid.paidDate),
                receipt: paid.receiptNumber ?? '—',
              })}
              {canPrint && paid.receiptNumber && (
                <Button onClick={() => navigate('member-dues', 'print', paid.receiptNumber!)}>{h('reprint')}</Button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
