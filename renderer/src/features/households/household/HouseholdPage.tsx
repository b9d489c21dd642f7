// One household's page (#/households/<id>[/<tab>]): its basic facts (修改 for clerks, 作废 with a reason) and five
// tabs - the members (facts, relation, head, moves with their history), the poverty file (causes, status and its
// history, land and housing, income per year), the measures (一户一策), the beneficiary categories of the household
// and of each member, and 走访与受助, where the paired-assistance screens show the visits and what it received.
// Each tab has its own address; leaving a tab with unsaved input (the poverty file's form) asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_CLERKS } from '@core/households/contract';
import { call } from '../../../api/client';
import { navigate } from '../../../app/route';
import { useSession } from '../../../app/session';
import { Button, leaveThen, PageHeader, ReasonDialog, Tabs, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import '../../volunteers/volunteers.css';
import '../households.css';
import { statusText } from '../register/columns';
import { HouseholdDialog } from '../register/HouseholdDialog';
import { BeneficiariesTab } from './BeneficiariesTab';
import { MeasuresTab } from './MeasuresTab';
import { MembersTab } from './MembersTab';
import { PovertyTab } from './PovertyTab';
import { VisitsSlot } from './VisitsSlot';

const TABS = ['members', 'poverty', 'measures', 'beneficiaries', 'visits'] as const;

interface Props {
  householdId: string;
  /** The tab the address names (#/households/<id>/visits). */
  tab?: string;
  onBack(): void;
}

export function HouseholdPage({ householdId, tab: named, onBack }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const toast = useToast();
  const [version, setVersion] = useState(0);
  const [household] = useLoad(() => call('households.get', { id: householdId }), [householdId, version]);
  const tab = (TABS as readonly string[]).includes(named ?? '') ? named! : 'members';
  const [editing, setEditing] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const changed = () => setVersion((v) => v + 1);
  if (!household) return <div className="page">{t('households.loading')}</div>;
  const canEdit = session.allows(HOUSEHOLD_CLERKS) && !household.voided && household.officeCode === session.office.code;
  const h = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.${key}`, values);
  const f = (key: string) => t(`households.field.${key}`);
  const place = [household.township, household.village, household.villageGroup, household.address]
    .filter(Boolean)
    .join(' ');
  const facts: [string, string][] = [
    [f('attribute'), t(`households.attribute.${household.attribute}`)],
    [f('size'), h('persons', { count: household.size })],
    [h('place'), place || '—'],
    [f('phone'), household.phone ?? household.headMobile ?? '—'],
    [f('povertyStatus'), statusText(t, household) || t('households.status.none')],
    [f('categories'), household.categories.join('、') || '—'],
  ];
  const title = h('title', { number: household.number, name: household.headName });
  const content = (id: (typeof TABS)[number]) => {
    switch (id) {
      case 'members':
        return <MembersTab household={household} canEdit={canEdit} onChanged={changed} />;
      case 'poverty':
        return <PovertyTab household={household} canEdit={canEdit} onChanged={changed} />;
      case 'measures':
        return <MeasuresTab household={household} canEdit={canEdit} />;
      case 'beneficiaries':
        return <BeneficiariesTab household={household} canEdit={canEdit} onChanged={changed} />;
      case 'visits':
        return <VisitsSlot household={household} />;
    }
  };

  return (
    <div className="page page-fill hh-page">
      <PageHeader title={household.voided ? `${title}（${t('households.voided')}）` : title}>
        <Button onClick={onBack}>{h('back')}</Button>
        {canEdit && (
          <>
            <Button onClick={() => setEditing(true)}>{h('edit')}</Button>
            <Button variant="danger" onClick={() => setVoiding(true)}>
              {t('households.void.button')}
            </Button>
          </>
        )}
      </PageHeader>
      <dl className="hh-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}：</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Tabs
        label={title}
        current={tab}
        onChange={(id) => void leaveThen(() => navigate('households', household.id, id))}
        items={TABS.map((id) => ({ id, label: h(`tabs.${id}`), content: content(id) }))}
      />
      <HouseholdDialog
        open={editing}
        household={household}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          changed();
        }}
      />
      <ReasonDialog
        open={voiding}
        title={t('households.void.title', { number: household.number })}
        message={t('households.void.message')}
        reasonLabel={t('households.void.reason')}
        submitLabel={t('households.void.button')}
        onClose={() => setVoiding(false)}
        onSubmit={async (reason) => {
          await call('households.void', { id: household.id, reason });
          toast.show(t('households.void.done', { number: household.number }), 'success');
          setVoiding(false);
          changed();
        }}
      />
    </div>
  );
}
