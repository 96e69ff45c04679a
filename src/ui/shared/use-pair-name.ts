import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import { useEditionCore } from './edition-context';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';
import { actorName, findActor } from './actor-name';
import { useLang } from './use-lang';

/**
 * Names a deck the same way everywhere ("Lærer → Virksomhed: 3 kort"), so a link in the matrix, on
 * the start page and on an actor page reads alike to a screen reader.
 */
export function usePairName(): (from: ActorId, to: PartnerChoice, count: number) => string {
  const edition = useEditionCore();
  const lang = useLang();
  const { t } = useTranslation('actors');
  return useCallback(
    (from, to, count) => {
      const name = (id: ActorId): string => {
        const actor = findActor(edition, id);
        return actor ? actorName(actor, lang) : id;
      };
      return t('pair.name', { from: name(from), to: to === ALL_PARTNERS ? t('pair.all') : name(to), count });
    },
    [edition, lang, t],
  );
}
