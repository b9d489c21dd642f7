// 改名: a team's or skill's new name (the volunteers in it keep it).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Dialog, FormField } from '../../../ui';

export function RenameDialog({
  group,
  onClose,
  onSaved,
}: {
  group: VolunteerGroupRow | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(group?.name ?? '');
    setError(null);
  }, [group]);
  const save = async () => {
    if (!group) return;
    try {
      await call('volunteers.groups.update', {
        id: group.id,
        rowVersion: group.rowVersion,
        patch: { name: name.trim() },
      });
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  return (
    <Dialog
      open={group !== null}
      title={t('volunteerSettings.renameTitle', { name: group?.name ?? '' })}
      onClose={onClose}
      onSubmit={save}
      error={error}
      width="small"
      dirty={group !== null && name !== group.name}
    >
      <FormField label={t('volunteerSettings.name')} required>
        <input
          type="text"
          value={name}
          maxLength={FIELD_LIMITS.volunteer_groups.name}
          onChange={(e) => setName(e.target.value)}
        />
      </FormField>
    </Dialog>
  );
}
