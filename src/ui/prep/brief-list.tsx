import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brief } from '../../domain/brief-model';
import { Link } from '../routing/link';
import { useBriefWords } from './brief-text';
import { useStoreList } from '../shared/use-store-list';
import { useBriefsStorage } from '../shared/briefs-context';

function useBriefsList(): Brief[] | undefined {
  return useStoreList(useBriefsStorage().store);
}

function BriefItem({ brief }: { readonly brief: Brief }) {
  const { t } = useTranslation('prep');
  const { pair, dates } = useBriefWords();
  const { store } = useBriefsStorage();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="prep-list__item">
      <h3>
        <Link to={{ name: 'prep', briefId: brief.id }}>{brief.name}</Link>
      </h3>
      <p className="prep__meta">
        {pair(brief)} · {dates(brief)} · {t('list.marked', { count: brief.cards.filter((c) => c.mark).length })}
      </p>
      {confirming ? (
        <div className="prep-list__confirm" role="group" aria-label={t('list.confirm', { name: brief.name })}>
          <span>{t('list.confirm', { name: brief.name })}</span>
          <button type="button" className="button" onClick={() => void store.delete(brief.id)}>
            {t('list.confirmYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('list.confirmNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('list.delete')}
          <span className="visually-hidden">: {brief.name}</span>
        </button>
      )}
    </li>
  );
}

/** The briefs saved on this device, newest change first. */
export function BriefList() {
  const { t } = useTranslation('prep');
  const briefs = useBriefsList();
  const id = useId();
  return (
    <section className="prep-list" aria-labelledby={id}>
      <h2 id={id}>{t('list.heading')}</h2>
      {briefs === undefined ? (
        <p>{t('loading')}</p>
      ) : briefs.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="prep-list__items">
          {briefs.map((brief) => (
            <BriefItem key={brief.id} brief={brief} />
          ))}
        </ul>
      )}
    </section>
  );
}
