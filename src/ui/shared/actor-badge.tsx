import type { CSSProperties } from 'react';
import type { ActorId } from '../../domain/actor';
import { useEditionCore } from './edition-context';
import { actorName, findActor } from './actor-name';
import type { ActorNameVariant } from './actor-name';
import { useLang } from './use-lang';
import './actor-badge.css';

interface ActorBadgeProps {
  readonly actorId: ActorId;
  /** Which of the actor's names to show: "Lærer" (default), "Lærere", or the card label "LÆRER". */
  readonly variant?: ActorNameVariant;
}

/**
 * An actor as the app always shows it: colour chip, symbol and name together, so no one has to
 * tell actors apart by colour alone. The symbol is hidden from screen readers (the name says it).
 */
export function ActorBadge({ actorId, variant = 'singular' }: ActorBadgeProps) {
  const edition = useEditionCore();
  const lang = useLang();
  const actor = findActor(edition, actorId);
  if (!actor) return <span className="actor-badge">{actorId}</span>;
  const style = { '--actor-color': actor.color } as CSSProperties;
  return (
    <span className="actor-badge" data-actor={actor.id} style={style}>
      <span className="actor-badge__chip" aria-hidden="true">
        {actor.symbol}
      </span>
      <span className="actor-badge__name">{actorName(actor, lang, variant)}</span>
    </span>
  );
}
