// The left navigation: one link per page the user may see; the current one is marked.
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui';
import type { PageDef } from './pageDef';

export function Sidebar({ pages, current }: { pages: readonly PageDef[]; current: string }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <ul>
        {pages.map((page) => (
          <li key={page.id}>
            <a
              href={`#/${page.id}`}
              className={page.id === current ? 'nav-link is-current' : 'nav-link'}
              aria-current={page.id === current ? 'page' : undefined}
            >
              {page.icon && <Icon name={page.icon} />}
              <span>{t(page.labelKey)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
