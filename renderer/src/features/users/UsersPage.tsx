// User management (admin only): who may sign in, with which roles; add, edit, reset a password,
// deactivate or reactivate. The server refuses what an admin may not do (e.g. LAST_ADMIN).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserInfo } from '@api/types';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { errorText, formatDateTime } from '../../i18n';
import { Alert, Button, ConfirmDialog, PageHeader, useToast } from '../../ui';
import { PasswordDialog } from './PasswordDialog';
import { UserDialog } from './UserDialog';

type Editing = { user: UserInfo | null } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const [users, setUsers] = useState<UserInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<UserInfo | null>(null);
  const [toggling, setToggling] = useState<UserInfo | null>(null);

  const load = useCallback(async () => {
    try {
      setUsers(await call('users.list', {}));
      setLoadError(null);
    } catch (caught) {
      setLoadError(errorText(t, caught));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  const toggleActive = async () => {
    if (!toggling) return;
    const saved = await call('users.update', { id: toggling.id, active: !toggling.active });
    toast.show(t(saved.active ? 'users.reactivated' : 'users.deactivated', { username: saved.username }));
    setToggling(null);
    await load();
  };

  return (
    <div className="page">
      <PageHeader title={t('users.title')}>
        <Button variant="primary" onClick={() => setEditing({ user: null })}>
          {t('users.add')}
        </Button>
      </PageHeader>
      {loadError && <Alert>{loadError}</Alert>}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('users.username')}</th>
              <th>{t('users.displayName')}</th>
              <th>{t('users.roles')}</th>
              <th>{t('users.status')}</th>
              <th>{t('users.lockedUntil')}</th>
              <th>{t('users.createdAt')}</th>
              <th className="col-actions">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users?.length === 0 && (
              <tr>
                <td colSpan={7} className="empty">
                  {t('users.empty')}
                </td>
              </tr>
            )}
            {users?.map((user) => (
              <tr key={user.id} className={user.active ? undefined : 'is-inactive'}>
                <td>
                  {user.username}
                  {user.id === session.user.id && <span className="muted">{t('users.you')}</span>}
                </td>
                <td>{user.displayName}</td>
                <td>{user.roles.map((role) => t(`roles.${role}`)).join('、')}</td>
                <td>
                  {user.active ? t('users.active') : <span className="badge badge-muted">{t('users.inactive')}</span>}
                </td>
                <td>{isLocked(user) ? formatDateTime(user.lockedUntil) : ''}</td>
                <td>{formatDateTime(user.createdAt)}</td>
                <td className="col-actions">
                  <Button variant="quiet" onClick={() => setEditing({ user })}>
                    {t('users.edit')}
                  </Button>
                  <Button variant="quiet" onClick={() => setResetting(user)}>
                    {t('users.resetPassword')}
                  </Button>
                  {user.id !== session.user.id && (
                    <Button variant="quiet" onClick={() => setToggling(user)}>
                      {user.active ? t('users.deactivate') : t('users.reactivate')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <UserDialog
        open={editing !== null}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={(saved, created) => {
          toast.show(t(created ? 'users.created' : 'users.updated', { username: saved.username }));
          setEditing(null);
          void load();
        }}
      />
      <PasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onSaved={(saved) => {
          toast.show(t('users.passwordReset', { username: saved.username }));
          setResetting(null);
          void load();
        }}
      />
      <ConfirmDialog
        open={toggling !== null}
        danger={toggling?.active}
        title={toggling?.active ? t('users.deactivateTitle') : t('users.reactivateTitle')}
        message={t(toggling?.active ? 'users.deactivateMessage' : 'users.reactivateMessage', {
          name: toggling?.displayName ?? '',
          username: toggling?.username ?? '',
        })}
        confirmLabel={toggling?.active ? t('users.deactivate') : t('users.reactivate')}
        onConfirm={toggleActive}
        onCancel={() => setToggling(null)}
      />
    </div>
  );
}

function isLocked(user: UserInfo): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
}
