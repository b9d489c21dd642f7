// 帮扶提醒 (#/pairing-alerts): the office's thresholds and three lists - pairings overdue for a visit (with the
// contact cards of a place to print), supported households with no cadre (Enter pairs one), cadres over the
// limit. #/pairing-alerts/cards/<township>/<village> prints the contact cards.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_CLERKS, type PairingSettings } from '@core/pairing/contract';
import { call } from '../../../api/client';
import { useRoute } from '../../../app/route';
import { useSession } from '../../../app/session';
import { PageHeader, Tabs } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import '../../volunteers/volunteers.css';
import { AssignDialog, type AssignStart } from '../cadres/AssignDialog';
import '../pairing.css';
import { OverdueGrid, OverloadedGrid, UncoveredGrid } from './AlertGrids';
import { AlertSettings } from './AlertSettings';
import { ContactCardsPrint } from './ContactCardsPrint';

export function AlertsPage() {
  const route = useRoute();
  if (route.rest[0] === 'cards')
    return (
      <ContactCardsPrint
        township={route.rest[1] ?? ''}
        village={route.rest[2] ?? ''}
        onBack={() => window.history.back()}
      />
    );
  return <Alerts />;
}

function Alerts() {
  const { t } = useTranslation();
  const canEdit = useSession().allows(PAIRING_CLERKS);
  const [tab, setTab] = useState('overdue');
  const [version, setVersion] = useState(0);
  const [overdue, setOverdue] = useState<{ total: number; note: string } | null>(null);
  const [assign, setAssign] = useState<AssignStart | null>(null);
  const [settings, setSettings] = useState<PairingSettings | null>(null);
  useLoad(() => call('pairing.settings.get', {}).then(setSettings), []);
  const [uncovered] = useLoad(() => call('pairing.uncovered', { offset: 0, limit: 1 }), [version]);
  const [overloaded] = useLoad(() => call('pairing.overloaded', { offset: 0, limit: 1 }), [version]);
  const a = (key: string, values: Record<string, unknown> = {}) => t(`alerts.${key}`, values);
  const count = (n: number | undefined) => (n === undefined ? '…' : n);
  return (
    <div className="page page-fill pairing-page">
      <PageHeader title={a('title')} />
      <AlertSettings
        settings={settings}
        canEdit={canEdit}
        onSaved={(saved) => {
          setSettings(saved);
          setVersion((n) => n + 1);
        }}
      />
      {tab === 'overdue' && overdue && <p className="vol-empty">{overdue.note}</p>}
      <Tabs
        label={a('title')}
        current={tab}
        onChange={setTab}
        items={[
          {
            id: 'overdue',
            label: a('tabs.overdue', { count: count(overdue?.total) }),
            content: <OverdueGrid version={version} onTotal={(total, note) => setOverdue({ total, note })} />,
          },
          {
            id: 'uncovered',
            label: a('tabs.uncovered', { count: count(uncovered?.total) }),
            content: (
              <UncoveredGrid
                version={version}
                onOpen={(row) => canEdit && setAssign({ household: { ...row, id: row.id } })}
              />
            ),
          },
          {
            id: 'overloaded',
            label: a('tabs.overloaded', { count: count(overloaded?.total) }),
            content: <OverloadedGrid version={version} max={overloaded?.max ?? null} />,
          },
        ]}
      />
      <AssignDialog
        start={assign}
        onClose={() => setAssign(null)}
        onSaved={() => {
          setAssign(null);
          setVersion((n) => n + 1);
        }}
      />
    </div>
  );
}
