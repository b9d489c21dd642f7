// A team's page (#/rescue-teams/<id>): its facts and how many members are ready, the call-out list to print, and
// three tabs - the members grid (role, phone, certificate state, the office's own fields), the equipment the team
// holds, and its drills and call-outs (记录演练/出队 opens the drill entry).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESCUE_CLERKS } from '@core/rescue/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader, Tabs } from '../../../ui';
import { CountyRecordNote } from '../../rosters/rosterOffice';
import { useLoad } from '../../stock/useLoad';
import '../rescue.css';
import { TeamDialog } from '../teams/TeamDialog';
import { DrillDialog } from './DrillDialog';
import { DrillsTab } from './DrillsTab';
import { EquipmentTab } from './EquipmentTab';
import { MembersTab } from './MembersTab';

export function TeamPage({ teamId, onBack }: { teamId: string; onBack(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const [team] = useLoad(() => call('rescue.teams.get', { id: teamId }), [teamId, version]);
  const [tab, setTab] = useState('members');
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const changed = () => setVersion((v) => v + 1);
  if (!team) return <div className="page">{t('rescue.loading')}</div>;
  const canEdit = session.allows(RESCUE_CLERKS) && !team.voided && team.officeCode === session.office.code;
  const f = (key: string) => t(`rescue.field.${key}`);
  const facts: [string, string | null][] = [
    [f('number'), team.number],
    [f('type'), team.type],
    [f('contactPhone'), team.contactPhone],
    [f('foundedDate'), team.foundedDate],
    [f('lastDrill'), team.lastDrillDate],
  ];
  const short = team.members - team.ready;

  return (
    <div className="page page-fill rescue-team-page">
      <PageHeader title={team.voided ? `${team.name}（${t('rescue.voided')}）` : team.name}>
        <Button onClick={onBack}>{t('rescueTeam.back')}</Button>
        <Button onClick={() => navigate('rescue-teams', team.id, 'print')}>{t('rescueTeam.print')}</Button>
        {canEdit && (
          <>
            <Button onClick={() => setEditing(true)}>{t('rescueTeam.edit')}</Button>
            <Button variant="primary" onClick={() => setRecording(true)}>
              {t('rescueTeam.record')}
            </Button>
          </>
        )}
      </PageHeader>
      <CountyRecordNote officeCode={team.officeCode} />
      <dl className="rescue-team-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}：</dt>
            <dd>{value ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <p className="rescue-summary">
        <b>{t('rescueTeam.summary', { members: team.members, ready: team.ready })}</b>
        {short > 0 && <span className="rescue-ready-short">　{t('rescueTeam.notReady', { count: short })}</span>}
      </p>
      <Tabs
        label={team.name}
        current={tab}
        onChange={setTab}
        items={[
          {
            id: 'members',
            label: t('rescueTeam.tabs.members'),
            content: <MembersTab team={team} canEdit={canEdit} version={version} onChanged={changed} />,
          },
          {
            id: 'equipment',
            label: t('rescueTeam.tabs.equipment'),
            content: <EquipmentTab team={team} canEdit={canEdit} />,
          },
          {
            id: 'drills',
            label: t('rescueTeam.tabs.drills'),
            content: <DrillsTab team={team} canEdit={canEdit} version={version} onChanged={changed} />,
          },
        ]}
      />
      <TeamDialog
        open={editing}
        team={team}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          changed();
        }}
      />
      <DrillDialog
        open={recording}
        team={team}
        drill={null}
        onClose={() => setRecording(false)}
        onSaved={() => {
          setRecording(false);
          setTab('drills');
          changed();
        }}
      />
    </div>
  );
}
