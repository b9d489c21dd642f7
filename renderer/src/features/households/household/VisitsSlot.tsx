// 走访与受助: everything the household received (visits, campaign distributions, other issues) on one timeline,
// from the paired-assistance screens, with the way to its cadres and visits and to its 扶贫手册 print.
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '@core/households/roster/contract';
import { navigate } from '../../../app/route';
import { Button } from '../../../ui';
import { HouseholdTimeline } from '../../pairing/household/HouseholdTimeline';
import { handbookPrint, householdPage } from '../../pairing/routes';

export function VisitsSlot({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  return (
    <div className="hh-tab hh-visits-slot">
      <div className="vol-filters">
        <Button onClick={() => navigate(...householdPage(household.id))}>{t('householdPage.visits.open')}</Button>
        <Button onClick={() => navigate(...handbookPrint(household.id))}>{t('householdPage.visits.handbook')}</Button>
      </div>
      <HouseholdTimeline householdId={household.id} />
    </div>
  );
}
