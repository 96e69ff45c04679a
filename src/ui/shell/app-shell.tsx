import { useLayoutEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/link';
import type { Route } from '../routing/route';
import { LanguageSwitch } from './language-switch';
import './app-shell.css';

interface AppShellProps {
  readonly route: Route;
  /** Status lines from the composition root (offline ready, update prompt, storage warnings). */
  readonly status?: ReactNode;
  /** More items at the end of the menu (the install item, where the browser can install). */
  readonly menuItems?: ReactNode;
  readonly children: ReactNode;
}

/** A link followed inside the open menu closes it (the page changes without a reload). */
function closeMenu(event: MouseEvent<HTMLElement>): void {
  if ((event.target as Element).closest('a')) event.currentTarget.hidePopover?.();
}

/** Header, navigation and the main landmark shared by every screen. */
export function AppShell({ route, status, menuItems, children }: AppShellProps) {
  const { t } = useTranslation('common');
  const current = (name: Route['name']) => (route.name === name ? ('page' as const) : undefined);
  // A new screen (not a new card of the same deck) opens at its top, however it was reached. The first
  // one stays where the browser has it: a reload's place, or where the reader scrolled the prerendered page.
  const screen = route.name === 'deck' ? `${route.name}/${route.from}/${route.to}` : route.name;
  const shown = useRef(screen);
  useLayoutEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    window.scrollTo(0, 0);
  }, [screen]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell-header">
        <Link className="shell-brand" to={{ name: 'start' }}>
          <span className="shell-brand__mark" aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
          </span>
          {t('appName')}
        </Link>
        {/* On a narrow screen the menu is a popover (no script of ours); wide, it is a row of links. */}
        <button type="button" className="button shell-menu-button" popoverTarget="shell-nav">
          <span aria-hidden="true">☰</span> {t('nav.menu')}
        </button>
        <nav id="shell-nav" className="shell-nav" aria-label={t('nav.label')} popover="auto" onClick={closeMenu}>
          <Link to={{ name: 'start' }} aria-current={current('start')}>
            {t('nav.start')}
          </Link>
          <Link to={{ name: 'search' }} aria-current={current('search')}>
            {t('nav.search')}
          </Link>
          <Link to={{ name: 'favourites' }} aria-current={current('favourites')}>
            {t('nav.favourites')}
          </Link>
          <Link to={{ name: 'notes' }} aria-current={current('notes')}>
            {t('nav.notes')}
          </Link>
          <Link to={{ name: 'about' }} aria-current={current('about')}>
            {t('nav.about')}
          </Link>
          {menuItems}
          <LanguageSwitch />
        </nav>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      {/* After the page: a status that appears late moves nothing above it and covers nothing. */}
      <div className="shell-status">{status}</div>
    </>
  );
}
