// 集结名单 (#/rescue-teams/<id>/print): the team's members today on A4 - role, name, mobile and other phone, the
// first-aid certificate state and its expiry - with a column to sign on arrival, for a call-out.
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { formatDate } from '../../../i18n/format';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { PrintView } from '../../../ui/print/PrintView';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';
import '../rescue.css';

export function CalloutPrint({ teamId, onBack }: { teamId: string; onBack(): void }) {
  const { t } = useTranslation();
  const p = (key: string) => t(`rescuePrint.${key}`);
  const session = useSession();
  const [team] = useLoad(() => call('rescue.teams.get', { id: teamId }), [teamId]);
  const [members] = useLoad(() => call('rescue.members.list', { teamId, offset: 0, limit: 500 }), [teamId]);
  const ready = team !== null && members !== null;
  const c = (key: string) => t(`rescueTeam.col.${key}`);
  return (
    <PrintView title={`${p('title')} ${team?.name ?? ''}`} ready={ready} onBack={onBack}>
      {ready && (
        <PrintSheet
          officeName={session.office.name}
          title={p('title')}
          facts={[
            { label: p('team'), value: team.name },
            { label: t('rescue.field.number'), value: team.number },
            { label: p('type'), value: team.type },
            { label: p('contact'), value: team.contactPhone ?? '—' },
            { label: p('count'), value: String(team.members) },
            { label: p('ready'), value: String(team.ready) },
            { label: p('printed'), value: formatDate(today()) },
          ]}
          signatures={[p('signLeader'), p('signPreparer')]}
          footnote={p('note')}
        >
          <table className="sheet-table rescue-callout">
            <thead>
              <tr>
                <th>{p('seq')}</th>
                <th>{c('name')}</th>
                <th>{c('role')}</th>
                <th>{c('mobile')}</th>
                <th>{c('certificate')}</th>
                <th>{c('expiry')}</th>
                <th>{p('signIn')}</th>
              </tr>
            </thead>
            <tbody>
              {members.rows.map((member, n) => (
                <tr key={member.id}>
                  <td className="num">{n + 1}</td>
                  <td>{member.name}</td>
                  <td>{member.role}</td>
                  <td className="mono">{[member.mobile, member.phone].filter(Boolean).join(' / ')}</td>
                  <td>{t(`rescue.readiness.${member.readiness}`)}</td>
                  <td>{member.certificateExpiry ? formatDate(member.certificateExpiry) : ''}</td>
                  <td className="rescue-sign" />
                </tr>
              ))}
            </tbody>
          </table>
        </PrintSheet>
      )}
    </PrintView>
  );
}
