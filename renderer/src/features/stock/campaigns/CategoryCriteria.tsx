// 按救助类别选择: a beneficiary category (低保, 特困, 残疾 ...) with how many are in it now, and optionally the township
// and village the households are in (from the household register), then 搜索.
import { useTranslation } from 'react-i18next';
import type { BeneficiaryCategoryRow } from '@core/households/beneficiaries/contract';
import type { HouseholdFacets } from '@core/households/roster/contract';
import { Button } from '@renderer/ui';
import { stockCall } from '../api';
import { useLoad } from '../useLoad';

export interface CategoryChoice {
  categoryId: string;
  township: string;
  village: string;
}

interface Props {
  /** The tab is showing: its lists are read then. */
  open: boolean;
  choice: CategoryChoice;
  onChange(choice: CategoryChoice): void;
  search(): void;
  busy: boolean;
}

const none = <T,>(value: T) => Promise.resolve(value);

export function CategoryCriteria({ open, choice, onChange, search, busy }: Props) {
  const { t } = useTranslation();
  const [categories] = useLoad<BeneficiaryCategoryRow[]>(
    () => (open ? stockCall('beneficiaries.categories.list', {}) : none([])),
    [open],
  );
  const [facets] = useLoad<HouseholdFacets>(
    () => (open ? stockCall('households.facets', {}) : none({ townships: [], villages: [] })),
    [open],
  );
  const villages = (facets?.villages ?? []).filter((v) => !choice.township || v.township === choice.township);
  return (
    <div className="toolbar">
      <select
        aria-label={t('stock.campaigns.category')}
        value={choice.categoryId}
        onChange={(event) => onChange({ ...choice, categoryId: event.target.value })}
      >
        <option value="">{t('stock.campaigns.chooseCategory')}</option>
        {(categories ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {t('stock.campaigns.categoryCount', { name: c.name, count: c.current })}
          </option>
        ))}
      </select>
      <select
        aria-label={t('stock.campaigns.householdTownship')}
        value={choice.township}
        onChange={(event) => onChange({ ...choice, township: event.target.value, village: '' })}
      >
        <option value="">{t('people.allTownships')}</option>
        {(facets?.townships ?? []).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('stock.campaigns.householdVillage')}
        value={choice.village}
        onChange={(event) => onChange({ ...choice, village: event.target.value })}
      >
        <option value="">{t('people.allVillages')}</option>
        {[...new Set(villages.map((v) => v.village))].map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <Button onClick={search} busy={busy} disabled={!choice.categoryId}>
        {t('common.search')}
      </Button>
    </div>
  );
}
