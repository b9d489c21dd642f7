// 走访与受助: the slot the paired-assistance screens fill - the household's cadres, its visits and everything it
// received (visits, campaign distributions, other issues) on one timeline. Those screens are built apart
// (renderer/src/features/pairing/); until they are in, the tab says so.
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '@core/households/roster/contract';

export function VisitsSlot({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  return (
    <div className="hh-tab hh-visits-slot" data-slot="pairing-timeline" data-household={household.id}>
      <p>{t('householdPage.visits.pending')}</p>
    </div>
  );
}
