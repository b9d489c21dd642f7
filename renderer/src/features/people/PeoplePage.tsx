// Placeholder of the people registry page until B2's page lands; B2 owns this file and replaces it.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui';

export function PeoplePage() {
  const { t } = useTranslation();
  return <div className="page"><PageHeader title={t('people.title')} /></div>;
}
