// The household pages in the sidebar's 结对帮扶 section: the register of households (a household's page opens from
// it) and the beneficiaries with their categories. Everyone who reads the office's rosters reads them; clerks keep
// them (admin sees all). The paired-assistance pages follow them in the section.
import { HOUSEHOLD_READERS } from '@core/households/contract';
import type { PageDef } from '../../app/pageDef';
import { BeneficiariesPage } from './beneficiaries/BeneficiariesPage';
import { HouseholdsPage } from './register/HouseholdsPage';

export const householdPages: readonly PageDef[] = [
  { id: 'households', labelKey: 'nav.households', icon: 'home', roles: HOUSEHOLD_READERS, component: HouseholdsPage },
  {
    id: 'beneficiaries',
    labelKey: 'nav.beneficiaries',
    icon: 'gift',
    roles: HOUSEHOLD_READERS,
    component: BeneficiariesPage,
  },
];
