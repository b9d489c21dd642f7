// The household and the cadre a pairing or visit form names: found by search (Enter searches, each match is a
// button), shown once chosen with a button to choose again.
import { useTranslation } from 'react-i18next';
import type { HouseholdRow } from '@core/households/roster/contract';
import type { CadreRow } from '@core/pairing/cadres/contract';
import { call } from '../../api/client';
import { Button } from '../../ui';
import { SearchPick } from '../../ui/SearchPick';

export type PickedHousehold = Pick<
  HouseholdRow,
  'id' | 'number' | 'headName' | 'headIdNumber' | 'township' | 'village'
>;
export type PickedCadre = Pick<CadreRow, 'id' | 'name' | 'unit' | 'phone'>;

const place = (h: Pick<HouseholdRow, 'township' | 'village'>) => [h.township, h.village].filter(Boolean).join(' ');

export const householdText = (h: PickedHousehold) =>
  `${h.number} ${h.headName} ${h.headIdNumber.slice(-4)} ${place(h)}`.trim();
export const cadreText = (c: PickedCadre) => `${c.name} ${c.unit ?? ''}`.trim();

function Chosen({ text, onClear }: { text: string; onClear?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="vol-person-chosen">
      <b>{text}</b>
      {onClear && <Button onClick={onClear}>{t('pairing.assign.change')}</Button>}
    </div>
  );
}

export function HouseholdPick(props: {
  chosen: PickedHousehold | null;
  onChoose(h: PickedHousehold | null): void;
  fixed?: boolean;
}) {
  const { t } = useTranslation();
  const { chosen, onChoose, fixed } = props;
  if (chosen) return <Chosen text={householdText(chosen)} onClear={fixed ? undefined : () => onChoose(null)} />;
  return (
    <SearchPick<HouseholdRow>
      label={t('pairing.assign.findHousehold')}
      findLabel={t('pairing.assign.find')}
      noneText={t('pairing.assign.noHouseholds')}
      search={async (search) => (await call('households.list', { search, offset: 0, limit: 8 })).rows}
      chip={(h) => ({ key: h.id, text: householdText(h) })}
      onChoose={onChoose}
    />
  );
}

export function CadrePick(props: {
  chosen: PickedCadre | null;
  onChoose(c: PickedCadre | null): void;
  label?: string;
}) {
  const { t } = useTranslation();
  const { chosen, onChoose, label } = props;
  if (chosen) return <Chosen text={cadreText(chosen)} onClear={() => onChoose(null)} />;
  return (
    <SearchPick<CadreRow>
      label={label ?? t('pairing.assign.findCadre')}
      findLabel={t('pairing.assign.find')}
      noneText={t('pairing.assign.noCadres')}
      search={async (search) => (await call('pairing.cadres.list', { search, offset: 0, limit: 8 })).rows}
      chip={(c) => ({ key: c.id, text: cadreText(c) })}
      onChoose={onChoose}
    />
  );
}
