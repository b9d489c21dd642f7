// A volunteer on the office's active roster found by name, pinyin or volunteer number (Enter searches, each match
// is a button): the other way a rescue team's member is picked, beside the people registry.
import { useTranslation } from 'react-i18next';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { Button } from '../../../ui';
import { SearchPick } from '../../../ui/SearchPick';

interface Props {
  chosen: VolunteerRow | null;
  onChoose(volunteer: VolunteerRow | null): void;
}

export function VolunteerPick({ chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const m = (key: string) => t(`rescueTeam.memberForm.${key}`);
  if (chosen)
    return (
      <div className="vol-person-chosen">
        <span>
          {t('rescueTeam.memberForm.chosen', { name: chosen.name })} <span className="mono">{chosen.number}</span>
        </span>
        <Button onClick={() => onChoose(null)}>{m('change')}</Button>
      </div>
    );
  return (
    <SearchPick<VolunteerRow>
      label={m('findVolunteer')}
      findLabel={m('find')}
      noneText={m('noVolunteers')}
      search={async (text) =>
        (await call('volunteers.list', { search: text, status: 'active', offset: 0, limit: 8 })).rows
      }
      chip={(volunteer) => ({ key: volunteer.id, text: `${volunteer.name} ${volunteer.number}` })}
      onChoose={onChoose}
    />
  );
}
