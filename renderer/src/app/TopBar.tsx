// The top bar: app name, the office (name, code, county/city), who is signed in with their roles,
// changing one's own password, the language switch and sign out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../features/account/ChangePasswordDialog';
import { Button, Icon, leaveThen } from '../ui';
import { LanguageSwitch } from './LanguageSwitch';
import { useSession } from './session';

export function TopBar() {
  const { t } = useTranslation();
  const { office, user, signOut } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="cross" size={16} />
        </span>
        {t('app.name')}
      </div>
      <div className="topbar-office" title={t('topbar.office')}>
        <span className="office-name">{office.name}</span>
        <span className="office-code">{office.code}</span>
        <span className="badge">{t(`officeRole.${office.role}`)}</span>
      </div>
      <div className="topbar-spacer" />
      <div className="topbar-user">
        <span className="user-name">{user.displayName || user.username}</span>
        <span className="user-roles">{user.roles.map((role) => t(`roles.${role}`)).join('、')}</span>
      </div>
      <Button variant="quiet" className="topbar-password" onClick={() => setChangingPassword(true)}>
        <Icon name="key" size={16} />
        {t('account.changePassword')}
      </Button>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <LanguageSwitch />
      <Button variant="quiet" className="topbar-signout" onClick={() => void leaveThen(signOut)}>
        <Icon name="signOut" size={16} />
        {t('topbar.signOut')}
      </Button>
    </header>
  );
}
