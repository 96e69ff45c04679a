import { useTranslation } from 'react-i18next';
import { tallyVotes } from '../../domain/live-room';
import type { LiveAnswer, LiveQuestion } from '../../domain/live-room';

interface LiveResultsProps {
  readonly question: LiveQuestion;
  readonly answers: readonly LiveAnswer[];
  readonly titleOf: (cardId: string) => string;
}

/** Answers as text only: React escapes them, so an answer with markup shows its characters. */
export function LiveResults({ question, answers, titleOf }: LiveResultsProps) {
  const { t } = useTranslation('live');
  const mine = answers.filter((a) => a.questionId === question.id);
  return (
    <section className="live-results" aria-label={t('results.heading')}>
      <h2>{question.prompt}</h2>
      {mine.length === 0 && <p>{t('results.none')}</p>}
      {question.kind === 'vote' ? (
        <ol>
          {tallyVotes(mine, question.id).map(([cardId, count]) => (
            <li key={cardId}>
              {titleOf(cardId)}: {t('results.votes', { count })}
            </li>
          ))}
        </ol>
      ) : (
        <ul>
          {mine.map((a) => (
            <li key={`${a.at}-${a.text ?? ''}`}>{a.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
