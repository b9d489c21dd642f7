// The signed-in house: top bar, sidebar navigation and the current page, chosen by the URL hash.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@api/roles';
import { NoPermission, NotFound } from './NoPermission';
import { PageBoundary } from './PageBoundary';
import type { NavGroup, PageDef } from './pageDef';
import { pageById, pages } from './pages';
import { useRoute } from './route';
import { useSession } from './session';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

/** A user who only trains or only keeps the warehouse opens that section first, whatever sections come before it. */
const HOME_SECTIONS: Partial<Record<Role, NavGroup>> = { trainer: 'training', warehouse: 'stock' };

function homePage(visible: readonly PageDef[], roles: readonly Role[]): PageDef | undefined {
  const own = roles.map((role) => HOME_SECTIONS[role]);
  const home = !own.includes(undefined) && visible.find((page) => own.includes(page.group));
  return home || visible[0];
}

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const route = useRoute();
  const allowed = (page: PageDef) => session.allows(page.roles) && (page.requires?.(session.roles) ?? true);
  const visible = pages.filter((page) => allowed(page) && (!page.office || page.office === session.office.role));
  const page = pageById(route.page);

  useEffect(() => {
    // No page in the URL: open the user's first page, replacing the empty entry in the history.
    const home = homePage(visible, session.roles);
    if (!route.page && home) window.location.replace(`#/${home.id}`);
  }, [route.page, visible, session.roles]);

  useEffect(() => {
    document.title = page ? `${t(page.labelKey)} - ${t('app.name')}` : t('app.name');
  }, [page, t]);

  let content;
  if (!route.page) content = null;
  else if (!page) content = <NotFound />;
  else if (!allowed(page)) content = <NoPermission pageLabel={t(page.labelKey)} />;
  else
    content = (
      <PageBoundary key={page.id}>
        <page.component />
      </PageBoundary>
    );

  return (
    <div className="shell">
      <TopBar />
      <div className="shell-body">
        <Sidebar pages={visible} current={route.page} />
        <main className="content" id="content">
          {content}
        </main>
      </div>
    </div>
  );
}
