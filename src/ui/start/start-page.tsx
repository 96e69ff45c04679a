import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import { ActorBadge } from '../shared/actor-badge';
import { useLang } from '../shared/use-lang';
import { useEditionCore } from '../shared/edition-context';
import { Link } from '../routing/link';
import { DeckPicker } from './deck-picker';
import { PairMatrix } from './pair-matrix';
import './start-page.css';

/** The way in: what the app is, a two-step deck picker, every pair at a glance, and more to read. */
export function StartPage() {
  const edition = useEditionCore();
  const lang = useLang();
  const { t } = useTranslation('start');
  const ids = useId();

  return (
    <div className="start-page">
      <header className="start-page__header">
        <h1 className="start-page__title">{t('title')}</h1>
        <p className="start-page__subtitle">
          {t('subtitle', { title: edition.about.title[lang], publisher: edition.about.publisher })}
        </p>
      </header>
      <p className="start-page__intro">{t('intro')}</p>

      <DeckPicker />
      <PairMatrix />

      <nav className="start-page__more" aria-labelledby={`${ids}-actors`}>
        <h2 id={`${ids}-actors`} className="start-page__more-heading">
          {t('more.actors')}
        </h2>
        <ul className="start-page__links">
          {ACTOR_IDS.map((id) => (
            <li key={id}>
              <Link to={{ name: 'actor', id }} className="start-page__link">
                <ActorBadge actorId={id} variant="plural" />
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={{ name: 'about' }} className="start-page__link">
            {t('more.about')}
          </Link>
        </p>
      </nav>
      <p className="start-page__links">
        <Link to={{ name: 'prep' }} className="start-page__link">
          {t('more.prep')}
        </Link>
        <Link to={{ name: 'print', deck: { kind: 'all' } }} className="start-page__link">
          {t('more.print')}
        </Link>
      </p>
    </div>
  );
}
