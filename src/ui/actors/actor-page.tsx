import type { CSSProperties } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';
import { cardsInvolving } from '../../domain/select-deck';
import { useEdition } from '../shared/edition-context';
import { Link } from '../routing/link';
import { ActorBadge } from '../shared/actor-badge';
import { actorWord, findActor } from '../shared/actor-name';
import { ActorDecks } from './actor-decks';
import { SourceParagraphs } from '../shared/source-paragraphs';
import { useLang } from '../shared/use-lang';
import './actor-page.css';

interface ActorPageProps {
  readonly actorId: ActorId;
}

/** One actor's profile from the note, and the way into every deck the actor takes part in. */
export function ActorPage({ actorId }: ActorPageProps) {
  const edition = useEdition();
  const lang = useLang();
  const { t } = useTranslation('actors');
  const ids = useId();
  const actor = findActor(edition, actorId);
  const profile = edition.profiles.find((p) => p.actor === actorId);
  const style = actor ? ({ '--actor-color': actor.color } as CSSProperties) : undefined;
  const plural = actor ? actorWord(actor, lang, 'plural') : actorId;

  return (
    <article className="actor-page" style={style}>
      <header className="actor-page__header">
        <p className="actor-page__kicker">{t('page.kicker')}</p>
        <h1 className="actor-page__title">
          <ActorBadge actorId={actorId} variant="plural" />
        </h1>
      </header>

      {profile ? (
        <>
          <p className="actor-page__editorial-note">{t('page.editorialHeadings')}</p>
          {profile.sections.map((section) => (
            <section key={section.id} className="actor-page__section" aria-labelledby={`${ids}-section-${section.id}`}>
              <h2 id={`${ids}-section-${section.id}`} className="actor-page__editorial-heading">
                {section.heading[lang]}
              </h2>
              <SourceParagraphs texts={section.paragraphs} lang={lang} />
            </section>
          ))}
          <section className="actor-page__other" aria-labelledby={`${ids}-other`}>
            <h2 id={`${ids}-other`}>{t('page.asOtherActor')}</h2>
            <SourceParagraphs texts={profile.asOtherActor} lang={lang} />
          </section>
        </>
      ) : (
        <p>{t('page.notFound')}</p>
      )}

      <section className="actor-page__decks" aria-labelledby={`${ids}-decks`}>
        <h2 id={`${ids}-decks`}>{t('page.decks')}</h2>
        <p>{t('page.decksTotal', { count: cardsInvolving(edition.cards, actorId).length, actor: plural })}</p>
        <ActorDecks actorId={actorId} />
      </section>

      <nav className="actor-page__others" aria-labelledby={`${ids}-others`}>
        <h2 id={`${ids}-others`}>{t('page.otherActors')}</h2>
        <ul className="actor-page__other-list">
          {ACTOR_IDS.filter((id) => id !== actorId).map((id) => (
            <li key={id}>
              <Link to={{ name: 'actor', id }} className="actor-page__other-link">
                <ActorBadge actorId={id} variant="plural" />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
