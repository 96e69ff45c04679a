import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useSearchParam } from '../routing/use-route';
import { useLang } from '../shared/use-lang';
import { SearchHit } from './search-hit';
import { useSearch } from './use-search';
import { VirtualList } from '../shared/virtual-list';
import './search-page.css';

/** Where the query lives in the address (/soeg?q=…), so a search can be reloaded, shared and gone back to. */
const QUERY_KEY = 'q';
/** Screen readers hear the count once typing pauses, not at every letter. */
const ANNOUNCE_DELAY_MS = 600;
const URL_DELAY_MS = 300;

/** /soeg: search cards, profiles and one's own notes as one types; each result opens its card. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const lang = useLang();
  const ids = useId();
  const inUrl = useSearchParam(QUERY_KEY) ?? '';
  const [query, setQuery] = useState(inUrl);
  // Typing stays instant: the results follow in a render React may interrupt.
  const deferredQuery = useDeferredValue(query);
  const { ready, docs, outcome, noteOf } = useSearch(deferredQuery);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (window.location.pathname !== '/soeg' || inUrl === deferredQuery) return;
      const search = deferredQuery ? `?${QUERY_KEY}=${encodeURIComponent(deferredQuery)}` : '';
      navigate(`/soeg${search}`, { replace: true });
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [deferredQuery, inUrl]);

  const count = outcome.hits.length;
  // The same element while only the typed text changes: the urgent render of a keystroke (the
  // field) skips the results, which follow in the deferred render.
  const results = useMemo(
    () =>
      outcome.hits.length > 0 && (
        <VirtualList
          items={outcome.hits}
          rowHeightRem={10}
          itemKey={String}
          label={t('resultsLabel')}
          ordered
          renderItem={(number) => {
            const doc = docs[number];
            if (!doc) return null;
            const note = doc.kind === 'card' ? noteOf.get(doc.card.id) : undefined;
            return (
              <SearchHit
                doc={doc}
                fields={outcome.fields[number] ?? 0}
                lang={lang}
                note={note}
                words={outcome.matchedWords}
              />
            );
          }}
        />
      ),
    [outcome, docs, noteOf, lang, t],
  );
  const status = !ready
    ? t('preparing')
    : outcome.terms.length === 0
      ? t('prompt')
      : count === 0
        ? t('none', { query: deferredQuery.trim() })
        : t('count', { count, query: deferredQuery.trim() });
  const [announced, setAnnounced] = useState(status);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div className="search-page">
      <title>{`${t('title')} – ${t('appName', { ns: 'common' })}`}</title>
      <h1>{t('title')}</h1>
      <form role="search" className="search-page__form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${ids}-q`} className="search-page__label">
          {t('label')}
        </label>
        <input
          id={`${ids}-q`}
          className="search-page__input"
          type="search"
          name={QUERY_KEY}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={`${ids}-hint`}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        <p id={`${ids}-hint`} className="search-page__hint">
          {t('hint')}
        </p>
      </form>
      <p className="search-page__status" aria-hidden="true">
        {status}
      </p>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      <div
        className="search-page__results"
        data-query={deferredQuery}
        data-ready={ready}
        aria-busy={query !== deferredQuery}
      >
        {results}
      </div>
    </div>
  );
}
