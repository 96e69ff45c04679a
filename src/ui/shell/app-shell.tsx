import type { ReactNode } from 'react';
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

/** Header, navigation and the main landmark shared by every screen. */
export function AppShell({ route, status, menuItems, children }: AppShellProps) {
  const { t } = useTranslation('common');
  const current = (name: Route['name']) => (route.name === name ? ('page' as const) : undefined);
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
        <nav className="shell-nav" aria-label={t('nav.label')}>
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
        </nav>
        <LanguageSwitch />
      </header>
      {/* Overlaid at the top: a status that appears late never shifts the page. */}
      <div className="shell-status">{status}</div>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
