import type { ActorId } from '../../domain/actor';
import { useEditionCore } from '../shared/edition-context';
import { Link } from '../routing/link';
import type { PartnerChoice } from '../routing/route';
import { deckSize } from '../shared/deck-size';
import { usePairName } from '../shared/use-pair-name';
import './pair-link.css';

interface PairLinkProps {
  readonly from: ActorId;
  readonly to: PartnerChoice;
}

/**
 * A deck named by its pair and size ("Lærer → Virksomhed: 3 kort"). A pair without cards is shown
 * as plain text: a link to an empty deck would only disappoint.
 */
export function PairLink({ from, to }: PairLinkProps) {
  const edition = useEditionCore();
  const pairName = usePairName();
  const count = deckSize(edition.deckSizes, from, to);
  const name = pairName(from, to, count);
  if (count === 0) return <span className="pair-link pair-link--empty">{name}</span>;
  return (
    <Link to={{ name: 'deck', from, to }} className="pair-link">
      {name}
    </Link>
  );
}
