import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS } from '../../domain/actor';
import type { ActorId } from '../../domain/actor';
import { createBrief, newBriefId } from '../../domain/brief-model';
import { useEdition } from '../shared/edition-context';
import { navigate } from '../routing/use-route';
import { formatDay, useBriefWords } from './brief-text';
import { useBriefsStorage } from '../shared/briefs-context';

/** Name, who I am and who I work with: then straight into the new brief. */
export function NewBriefForm() {
  const { t } = useTranslation('prep');
  const { lang, actorName } = useBriefWords();
  const edition = useEdition();
  const { store } = useBriefsStorage();
  const ids = useId();
  const [name, setName] = useState('');
  const [actor, setActor] = useState<ActorId>('laerer');
  const [partner, setPartner] = useState<ActorId>('virksomhed');
  const [failed, setFailed] = useState(false);
  const same = actor === partner;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (same) return;
    const now = Date.now();
    const brief = createBrief({
      id: newBriefId(),
      name: name.trim() || t('new.defaultName', { partner: actorName(partner), date: formatDay(now, lang) }),
      actor,
      partner,
      now,
      editionVersion: edition.version,
    });
    try {
      await store.put(brief);
      navigate({ name: 'prep', briefId: brief.id });
    } catch {
      setFailed(true);
    }
  };

  const select = (label: string, value: ActorId, onChange: (id: ActorId) => void, key: string) => (
    <label className="prep-field">
      <span className="prep-field__label">{label}</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as ActorId)}
        aria-describedby={same && key === 'partner' ? `${ids}-same` : undefined}
      >
        {ACTOR_IDS.map((id) => (
          <option key={id} value={id}>
            {actorName(id)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="prep-new" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('new.heading')}</h2>
      <label className="prep-field">
        <span className="prep-field__label">{t('name')}</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('new.namePlaceholder')}
        />
      </label>
      <div className="prep-new__pair">
        {select(t('new.actor'), actor, setActor, 'actor')}
        {select(t('new.partner'), partner, setPartner, 'partner')}
      </div>
      {same && (
        <p id={`${ids}-same`} className="prep__warning">
          {t('new.same')}
        </p>
      )}
      {failed && (
        <p className="prep__warning" role="alert">
          {t('new.failed')}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={same}>
        {t('new.create')}
      </button>
    </form>
  );
}
