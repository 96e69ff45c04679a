import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import type { SearchDoc } from '../../domain/search-docs';
import { markWords } from '../../domain/search-highlight';
import type { TextPart } from '../../domain/search-highlight';
import { SEARCH_FIELDS } from '../../domain/search-index';
import type { SearchField } from '../../domain/search-index';
import { ActorBadge } from '../shared/actor-badge';
import { PairLabel } from '../shared/pair-label';
import { Link } from '../routing/link';
import { MarkedText } from './marked-text';

const SNIPPET_WORDS = 24;

const matched = (fields: number, field: SearchField): boolean => (fields & (1 << SEARCH_FIELDS.indexOf(field))) !== 0;

/** The text to show under the title: where the search found something, the note first. */
function snippetOf(doc: SearchDoc, fields: number, lang: Lang, note: string | undefined, words: ReadonlySet<string>) {
  const mark = (text: string): TextPart[] => markWords(text, words, SNIPPET_WORDS);
  if (doc.kind === 'profile') {
    const paragraphs = doc.paragraphs.map((paragraph) => paragraph.text[lang]);
    const found = paragraphs.find((text) => mark(text).some((part) => part.marked)) ?? paragraphs[0] ?? '';
    return { field: 'profile' as const, parts: mark(found) };
  }
  if (doc.kind === 'briefNote') return { field: 'briefNote' as const, parts: mark(doc.note) };
  const { card } = doc;
  if (note !== undefined && matched(fields, 'note')) return { field: 'note' as const, parts: mark(note) };
  if (card.reflection && matched(fields, 'reflection') && !matched(fields, 'tip')) {
    return { field: 'reflection' as const, parts: mark(card.reflection[lang]) };
  }
  return { field: 'tip' as const, parts: mark(card.tip.text[lang]) };
}

interface SearchHitProps {
  readonly doc: SearchDoc;
  /** Where the query's words were found (bits of SEARCH_FIELDS). */
  readonly fields: number;
  readonly lang: Lang;
  readonly note: string | undefined;
  readonly words: ReadonlySet<string>;
}

/** One result: its title as a link that opens it, where it belongs, and the words that matched. */
export function SearchHit({ doc, fields, lang, note, words }: SearchHitProps) {
  const { t } = useTranslation('search');
  const snippet = snippetOf(doc, fields, lang, note, words);
  return (
    <article className="search-hit">
      {doc.kind === 'card' ? (
        <>
          <h2 className="search-hit__title">
            <Link
              className="search-hit__link"
              to={{ name: 'deck', from: doc.card.from, to: doc.card.to, cardId: doc.card.id }}
            >
              <MarkedText parts={markWords(doc.card.title[lang], words)} />
            </Link>
          </h2>
          <p className="search-hit__meta">
            <PairLabel from={doc.card.from} to={doc.card.to} />
          </p>
        </>
      ) : doc.kind === 'briefNote' ? (
        <>
          <h2 className="search-hit__title">
            <Link className="search-hit__link" to={{ name: 'prep', briefId: doc.brief.id }}>
              {doc.brief.name}
            </Link>
          </h2>
          <p className="search-hit__meta">
            {doc.card ? (
              <>
                {t('briefNoteOn')} <MarkedText parts={markWords(doc.card.title[lang], words)} />
              </>
            ) : (
              t('briefNoteOnMissing')
            )}
          </p>
        </>
      ) : (
        <>
          <h2 className="search-hit__title">
            <Link className="search-hit__link" to={{ name: 'actor', id: doc.actor }}>
              {doc.heading ? <MarkedText parts={markWords(doc.heading[lang], words)} /> : t('asOtherActor')}
            </Link>
          </h2>
          <p className="search-hit__meta">
            {t('profileOf')} <ActorBadge actorId={doc.actor} variant="plural" />
          </p>
        </>
      )}
      <p className="search-hit__snippet">
        <span className="search-hit__field">{t(`field.${snippet.field}`)}:</span> <MarkedText parts={snippet.parts} />
      </p>
    </article>
  );
}
