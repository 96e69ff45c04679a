import { useInstallStrings } from './use-install-strings';

/**
 * iOS and iPadOS have no install prompt: the only way is Safari's share menu. Three short steps,
 * and why it matters (Safari's 7-day rule), in words a pupil can follow. The share icon is drawn,
 * not fetched, and hidden from screen readers (the text names the button).
 */
export function HomeScreenGuide() {
  const { t } = useInstallStrings();
  return (
    <>
      <p>{t('guide.why')}</p>
      <ol className="install-guide__steps">
        <li>
          {t('guide.step1')}{' '}
          <svg className="install-guide__share" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 3v12M8 7l4-4 4 4" />
            <path d="M7 10H5v11h14V10h-2" />
          </svg>
        </li>
        <li>{t('guide.step2')}</li>
        <li>{t('guide.step3')}</li>
      </ol>
    </>
  );
}

/**
 * Chrome and Edge when they do not offer the install event (already installed, or held back after
 * an earlier "no"): their own menu still installs.
 */
export function BrowserMenuGuide() {
  const { t } = useInstallStrings();
  return (
    <>
      <p>{t('browserMenu.body')}</p>
      <ul className="install-guide__steps">
        <li>{t('browserMenu.chrome')}</li>
        <li>{t('browserMenu.edge')}</li>
      </ul>
      <p>{t('browserMenu.installed')}</p>
    </>
  );
}
