// The left navigation: one link per page the user may see, in sections (救灾物资, 应急救护培训, 系统 …) under
// headings that fold them away (the people registry, first, needs none); the folds are remembered, and the current
// page's section is always open. 系统 (settings, users) stays at the foot of the sidebar when the rest scrolls.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui';
import type { NavGroup, PageDef } from './pageDef';

const FOLDED_KEY = 'boai.nav.folded';
/** Folded until the user opens them (the sidebar must fit 768 px for an admin, who sees every page). */
const FOLDED_AT_FIRST: NavGroup[] = ['volunteers', 'members', 'rescue', 'donors', 'relief'];

function storedFolds(): NavGroup[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(FOLDED_KEY) ?? JSON.stringify(FOLDED_AT_FIRST));
    return Array.isArray(stored) ? stored.filter((g): g is NavGroup => typeof g === 'string') : [];
  } catch {
    return [];
  }
}

interface Section {
  group: NavGroup | undefined;
  pages: PageDef[];
}

function sectionsOf(pages: readonly PageDef[]): Section[] {
  const sections: Section[] = [];
  for (const page of pages) {
    const last = sections.at(-1);
    if (last && last.group === page.group) last.pages.push(page);
    else sections.push({ group: page.group, pages: [page] });
  }
  return sections;
}

export function Sidebar({ pages, current }: { pages: readonly PageDef[]; current: string }) {
  const { t } = useTranslation();
  const [folded, setFolded] = useState<NavGroup[]>(storedFolds);
  const toggle = (group: NavGroup) => {
    const next = folded.includes(group) ? folded.filter((g) => g !== group) : [...folded, group];
    setFolded(next);
    localStorage.setItem(FOLDED_KEY, JSON.stringify(next));
  };

  const link = (page: PageDef) => (
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
  );

  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      {sectionsOf(pages).map(({ group, pages: sectionPages }, n) => {
        if (!group || group === 'people') return <ul key={group ?? n}>{sectionPages.map(link)}</ul>;
        const holdsCurrent = sectionPages.some((page) => page.id === current);
        const open = holdsCurrent || !folded.includes(group);
        return (
          <section key={group} className={group === 'system' ? 'nav-section is-pinned' : 'nav-section'}>
            <button
              type="button"
              className="nav-heading"
              aria-expanded={open}
              disabled={holdsCurrent}
              onClick={() => toggle(group)}
            >
              <span>{t(`nav.group.${group}`)}</span>
              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            </button>
            {open && <ul>{sectionPages.map(link)}</ul>}
          </section>
        );
      })}
    </nav>
  );
}
