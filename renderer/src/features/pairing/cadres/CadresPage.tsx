// 帮扶干部 (#/pairing-cadres): two tabs - the cadres (each opens its form with the households it holds) and the
// pairings (each opens its actions: change the cadre, end, void, the household's file). Clerks add cadres and pair.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadreRow } from '@core/pairing/cadres/contract';
import { PAIRING_CLERKS } from '@core/pairing/contract';
import type { PairingRow } from '@core/pairing/pairings/contract';
import { useSession } from '../../../app/session';
import { Button, PageHeader, Tabs } from '../../../ui';
import '../../volunteers/volunteers.css';
import '../pairing.css';
import { AssignDialog, type AssignStart } from './AssignDialog';
import { CadreDialog } from './CadreDialog';
import { CadreGrid } from './CadreGrid';
import { PairingActions } from './PairingActions';
import { PairingGrid } from './PairingGrid';

export function CadresPage() {
  const { t } = useTranslation();
  const canEdit = useSession().allows(PAIRING_CLERKS);
  const [tab, setTab] = useState('cadres');
  const [version, setVersion] = useState(0);
  const [cadre, setCadre] = useState<CadreRow | null | 'new'>(null);
  const [pairing, setPairing] = useState<PairingRow | null>(null);
  const [assign, setAssign] = useState<AssignStart | null>(null);
  const saved = () => {
    setCadre(null);
    setPairing(null);
    setAssign(null);
    setVersion((v) => v + 1);
  };
  return (
    <div className="page page-fill pairing-page">
      <PageHeader title={t('pairing.cadres.title')}>
        {canEdit && (
          <>
            <Button onClick={() => setAssign({})}>{t('pairing.pairings.assign')}</Button>
            <Button variant="primary" onClick={() => setCadre('new')}>
              {t('pairing.cadres.add')}
            </Button>
          </>
        )}
      </PageHeader>
      <Tabs
        label={t('pairing.cadres.title')}
        current={tab}
        onChange={setTab}
        items={[
          { id: 'cadres', label: t('pairing.tabs.cadres'), content: <CadreGrid version={version} onOpen={setCadre} /> },
          {
            id: 'pairings',
            label: t('pairing.tabs.pairings'),
            content: <PairingGrid version={version} onOpen={setPairing} />,
          },
        ]}
      />
      <CadreDialog
        open={cadre !== null}
        cadre={cadre === 'new' ? null : cadre}
        canEdit={canEdit}
        onClose={() => setCadre(null)}
        onSaved={saved}
        onPairNew={(row) => {
          setCadre(null);
          setAssign({ cadre: row });
        }}
      />
      <PairingActions
        pairing={pairing}
        canEdit={canEdit}
        onClose={() => setPairing(null)}
        onSaved={saved}
        onChange={(row) => {
          setPairing(null);
          setAssign({
            household: {
              id: row.householdId,
              number: row.householdNumber,
              headName: row.headName,
              headIdNumber: row.headIdNumber,
              township: row.township,
              village: row.village,
            },
          });
        }}
      />
      <AssignDialog start={assign} onClose={() => setAssign(null)} onSaved={saved} />
    </div>
  );
}
