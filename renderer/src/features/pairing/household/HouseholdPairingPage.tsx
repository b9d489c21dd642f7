// A household's paired assistance (#/pairing-visits/household/<id>): its facts and current cadre, the cadres it has
// had, and its timeline; from here a visit is recorded, the cadre changed and the 扶贫手册 printed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_CLERKS } from '@core/pairing/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, PageHeader } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import '../../volunteers/volunteers.css';
import { AssignDialog, type AssignStart } from '../cadres/AssignDialog';
import '../pairing.css';
import { handbookPrint } from '../routes';
import { VisitDialog } from '../visits/VisitDialog';
import { HouseholdTimeline } from './HouseholdTimeline';

export function HouseholdPairingPage({ householdId, onBack }: { householdId: string; onBack(): void }) {
  const { t } = useTranslation();
  const h = (key: string, values: Record<string, unknown> = {}) => t(`household.${key}`, values);
  const canEdit = useSession().allows(PAIRING_CLERKS);
  const [version, setVersion] = useState(0);
  const [recording, setRecording] = useState(false);
  const [assign, setAssign] = useState<AssignStart | null>(null);
  const [household] = useLoad(() => call('households.get', { id: householdId }), [householdId]);
  const [history] = useLoad(
    () =>
      call('pairing.pairings.list', {
        householdId,
        includeEnded: true,
        sort: [{ column: 'fromDate', direction: 'asc' }],
        offset: 0,
        limit: 100,
      }),
    [householdId, version],
  );
  if (!household) return <div className="page">{t('pairing.loading')}</div>;
  const picked = {
    id: household.id,
    number: household.number,
    headName: household.headName,
    headIdNumber: household.headIdNumber,
    township: household.township,
    village: household.village,
  };
  const current = history?.rows.find((p) => p.toDate === null);
  const saved = () => {
    setRecording(false);
    setAssign(null);
    setVersion((n) => n + 1);
  };
  const address = [household.township, household.village, household.villageGroup, household.address].filter(Boolean);

  return (
    <div className="page pairing-household">
      <PageHeader title={h('title', { number: household.number, head: household.headName })}>
        <Button onClick={onBack}>{h('back')}</Button>
        <Button onClick={() => navigate(...handbookPrint(household.id))}>{h('print')}</Button>
        {canEdit && (
          <>
            <Button onClick={() => setAssign({ household: picked })}>{h('change')}</Button>
            <Button variant="primary" onClick={() => setRecording(true)}>
              {h('record')}
            </Button>
          </>
        )}
      </PageHeader>
      <dl className="pairing-facts">
        <div>
          <dt>{h('facts.address')}：</dt>
          <dd>{address.join(' ') || '—'}</dd>
        </div>
        <div>
          <dt>{h('facts.attribute')}：</dt>
          <dd>{h(`attribute.${household.attribute}`)}</dd>
        </div>
        <div>
          <dt>{h('facts.size')}：</dt>
          <dd>{h('sizeValue', { count: household.size })}</dd>
        </div>
        <div>
          <dt>{h('facts.cadre')}：</dt>
          <dd>
            {current
              ? h('cadreValue', {
                  name: current.cadreName,
                  unit: current.cadreUnit ?? '',
                  phone: current.cadrePhone ?? '',
                  date: current.fromDate,
                })
              : h('facts.none')}
          </dd>
        </div>
      </dl>
      <h2 className="pairing-subhead">{h('history')}</h2>
      {history && history.rows.length === 0 ? (
        <p className="muted">{h('historyEmpty')}</p>
      ) : (
        <table className="data-table pairing-history">
          <thead>
            <tr>
              <th>{t('pairing.pairings.col.cadreName')}</th>
              <th>{t('pairing.pairings.col.cadreUnit')}</th>
              <th>{t('pairing.pairings.col.cadrePhone')}</th>
              <th>{t('pairing.pairings.col.fromDate')}</th>
              <th>{t('pairing.pairings.col.toDate')}</th>
              <th>{t('pairing.pairings.col.endReason')}</th>
            </tr>
          </thead>
          <tbody>
            {(history?.rows ?? []).map((p) => (
              <tr key={p.id}>
                <td>{p.cadreName}</td>
                <td>{p.cadreUnit}</td>
                <td className="mono">{p.cadrePhone}</td>
                <td>{p.fromDate}</td>
                <td>{p.toDate ?? ''}</td>
                <td>{p.endReason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="pairing-subhead">{h('timeline')}</h2>
      <HouseholdTimeline householdId={household.id} version={version} />
      <VisitDialog
        open={recording}
        visit={null}
        household={picked}
        onClose={() => setRecording(false)}
        onSaved={saved}
      />
      <AssignDialog start={assign} onClose={() => setAssign(null)} onSaved={saved} />
    </div>
  );
}
