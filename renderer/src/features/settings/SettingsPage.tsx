// Settings: the display language, what this program is, the people registry's custom fields, and (a county's
// administrators and 三献管理员) whether the donor register travels to the city.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DONOR_KEEPERS } from '@core/donors/contract';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSession } from '../../app/session';
import { Button, PageHeader } from '../../ui';
import { DonorTravelSection } from '../donors/settings/DonorTravelSection';
import { CustomFieldsSection } from './CustomFieldsSection';
import { OfficeNameDialog } from './OfficeNameDialog';

declare const __APP_VERSION__: string;

export function SettingsPage() {
  const { t } = useTranslation();
  const { office, user, hasRole, allows } = useSession();
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} />
      <section className="panel">
        <h2>{t('settings.language')}</h2>
        <LanguageSwitch />
        <p className="muted">{t('settings.languageHint')}</p>
      </section>
      <section className="panel">
        <h2>{t('settings.about')}</h2>
        <p>{t('settings.aboutText')}</p>
        <dl className="facts">
          <dt>{t('settings.version')}</dt>
          <dd>{__APP_VERSION__}</dd>
          <dt>{t('settings.office')}</dt>
          <dd>
            {t('settings.officeLine', { name: office.name, code: office.code, role: t(`officeRole.${office.role}`) })}
          </dd>
          <dt>{t('settings.signedInAs')}</dt>
          <dd>{t('settings.userLine', { name: user.displayName, username: user.username })}</dd>
        </dl>
        {hasRole('admin') && <Button onClick={() => setRenaming(true)}>{t('account.renameOffice')}</Button>}
        <OfficeNameDialog open={renaming} onClose={() => setRenaming(false)} />
      </section>
      <CustomFieldsSection />
      {office.role === 'county' && allows(DONOR_KEEPERS) && <DonorTravelSection />}
    </div>
  );
}
