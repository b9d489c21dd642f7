// What a page shows instead of itself: the user may not open it, or it does not exist.
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui';

export function NoPermission({ pageLabel }: { pageLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="page page-message">
      <Alert kind="warning">{t('page.noPermission', { page: pageLabel })}</Alert>
      <a href="#/">{t('page.backHome')}</a>
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page page-message">
      <Alert kind="info">{t('page.notFound')}</Alert>
      <a href="#/">{t('page.backHome')}</a>
    </div>
  );
}
