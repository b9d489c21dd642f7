// 服务队与技能 (#/volunteer-settings): the office's two editable lists side by side - add a name, rename one, void
// one with a reason. Everyone who reads the roster sees them; clerks change them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import { VOLUNTEER_CLERKS } from '@core/volunteers/contract';
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';
import type { VolunteerGroupKind } from '@rules/volunteers';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { errorText } from '../../../i18n';
import { Button, PageHeader, ReasonDialog, useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import '../volunteers.css';
import { RenameDialog } from './RenameDialog';

function GroupList({ kind, canEdit }: { kind: VolunteerGroupKind; canEdit: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [rows, reload] = useLoad(() => call('volunteers.groups.list', { kind }), [kind]);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<VolunteerGroupRow | null>(null);
  const [voiding, setVoiding] = useState<VolunteerGroupRow | null>(null);
  const kindName = t(`volunteerSettings.${kind === 'team' ? 'teams' : 'skills'}`);
  const add = async () => {
    try {
      await call('volunteers.groups.create', { kind, name: name.trim() });
      setName('');
      toast.show(t('volunteerSettings.saved'), 'success');
      reload();
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    }
  };
  return (
    <section className="vol-settings-list" aria-label={kindName}>
      <h2 className="vol-h2">{kindName}</h2>
      {rows?.length === 0 && <p className="vol-empty">{t('volunteerSettings.empty', { kind: kindName })}</p>}
      {rows && rows.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('volunteerSettings.name')}</th>
              <th>{t('volunteerSettings.members')}</th>
              {canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td className="num">{row.members}</td>
                {canEdit && (
                  <td>
                    <button type="button" className="cell-link" onClick={() => setRenaming(row)}>
                      {t('volunteerSettings.rename')}
                    </button>{' '}
                    <button type="button" className="cell-link cell-link-danger" onClick={() => setVoiding(row)}>
                      {t('volunteerSettings.void')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void add();
          }}
        >
          <input
            aria-label={t('volunteerSettings.newName', { kind: kindName })}
            placeholder={t('volunteerSettings.newName', { kind: kindName })}
            value={name}
            maxLength={FIELD_LIMITS.volunteer_groups.name}
            onChange={(event) => setName(event.target.value)}
          />
          <Button type="submit" disabled={!name.trim()}>
            {t('volunteerSettings.add')}
          </Button>
        </form>
      )}
      <RenameDialog group={renaming} onClose={() => setRenaming(null)} onSaved={() => (setRenaming(null), reload())} />
      <ReasonDialog
        open={voiding !== null}
        title={t('volunteerSettings.voidTitle', { kind: kindName, name: voiding?.name ?? '' })}
        reasonLabel={t('volunteerSettings.voidReason')}
        submitLabel={t('volunteerSettings.void')}
        onClose={() => setVoiding(null)}
        onSubmit={async (reason) => {
          await call('volunteers.groups.void', { id: voiding!.id, reason });
          setVoiding(null);
          reload();
        }}
      />
    </section>
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const canEdit = useSession().allows(VOLUNTEER_CLERKS);
  return (
    <div className="page">
      <PageHeader title={t('volunteerSettings.title')} />
      {!canEdit && <p className="muted">{t('volunteerSettings.readOnly')}</p>}
      <div className="vol-settings">
        <GroupList kind="team" canEdit={canEdit} />
        <GroupList kind="skill" canEdit={canEdit} />
      </div>
    </div>
  );
}
