/**
 * The live room's shared values and the contributions participants send. Plain data: src/live keeps
 * them in a Yjs document, the server checks contributions with the same functions before it appends them.
 */
import { escapeMarkdown } from './escape-markdown';

/**
 * A room's answers live in a document of their own, `<room>.answers`, that only the facilitator opens: no
 * participant's device holds another's answer before the facilitator reveals it (the facilitator's device then
 * publishes that question's answers into the room).
 */
export const ANSWERS_DOC_SUFFIX = '.answers';

/** An answer's limit, counted in code points (an emoji is one character, as a person counts). */
export const MAX_ANSWER_CHARS = 280;
/** Questions have the same limit as answers; a facilitator types them on a tablet. */
export const MAX_QUESTION_CHARS = 280;

export type QuestionKind = 'text' | 'vote';

export interface LiveQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  /** The card that was shown when the question was opened. */
  readonly cardId: string;
  readonly openedAt: number;
  /** Results stay hidden until the facilitator reveals them (against group-think). */
  readonly revealed: boolean;
}

/** Anonymous: no name, no device id, only what was said and when. */
export interface LiveAnswer {
  readonly questionId: string;
  readonly text?: string;
  readonly cardId?: string;
  readonly at: number;
}

export type Contribution =
  | { readonly type: 'answer'; readonly questionId: string; readonly text: string }
  | { readonly type: 'vote'; readonly questionId: string; readonly cardId: string };

export type ContributionError = 'malformed' | 'closed' | 'tooLong' | 'empty';

/**
 * An encrypted room's contribution: the server cannot read it, so it checks the open question's id and the
 * size only; the devices that hold the key check the rest (checkContribution) when they open it.
 */
export interface SealedContribution {
  readonly type: 'sealed';
  readonly questionId: string;
  /** base64url of the sealed Contribution. */
  readonly data: string;
}

/** As an answer is stored in an encrypted room. */
export interface SealedAnswer {
  readonly questionId: string;
  readonly sealed: string;
  readonly at: number;
}

/** Room for 280 code points even when each is a six-character JSON escape, plus the IV and tag, in base64url. */
export const MAX_SEALED_CHARS = 2800;
const SEALED = /^[A-Za-z0-9_-]+$/;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

type Checked<T> =
  { readonly ok: true; readonly contribution: T } | { readonly ok: false; readonly error: ContributionError };

/** A payload's fields, if it is a JSON object. */
function fieldsOf(payload: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(payload);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A stateless payload as a contribution to the open question, or why it is refused. */
export function checkContribution(payload: string, open: LiveQuestion | undefined): Checked<Contribution> {
  const data = fieldsOf(payload);
  if (!data) return { ok: false, error: 'malformed' };
  const { type, questionId, text, cardId } = data;
  if (typeof questionId !== 'string' || !ID.test(questionId)) return { ok: false, error: 'malformed' };
  if (type === 'answer' && typeof text === 'string') {
    if (!open || open.id !== questionId || open.kind !== 'text') return { ok: false, error: 'closed' };
    if (codePoints(text) > MAX_ANSWER_CHARS) return { ok: false, error: 'tooLong' };
    if (text.trim() === '') return { ok: false, error: 'empty' };
    return { ok: true, contribution: { type, questionId, text } };
  }
  if (type === 'vote' && typeof cardId === 'string' && cardId.length <= 120 && CARD_ID.test(cardId)) {
    if (!open || open.id !== questionId || open.kind !== 'vote') return { ok: false, error: 'closed' };
    return { ok: true, contribution: { type, questionId, cardId } };
  }
  return { ok: false, error: 'malformed' };
}

/** The server's check of a contribution to an encrypted room: the open question, the size and the alphabet. */
export function checkSealedContribution(payload: string, openId: string | undefined): Checked<SealedContribution> {
  const { type, questionId, data: sealed } = fieldsOf(payload) ?? {};
  if (type !== 'sealed' || typeof questionId !== 'string' || !ID.test(questionId) || typeof sealed !== 'string')
    return { ok: false, error: 'malformed' };
  if (sealed.length > MAX_SEALED_CHARS) return { ok: false, error: 'tooLong' };
  if (!SEALED.test(sealed)) return { ok: false, error: 'malformed' };
  if (openId !== questionId) return { ok: false, error: 'closed' };
  return { ok: true, contribution: { type, questionId, data: sealed } };
}

export function answerOf(contribution: Contribution, at: number): LiveAnswer {
  return contribution.type === 'answer'
    ? { questionId: contribution.questionId, text: contribution.text, at }
    : { questionId: contribution.questionId, cardId: contribution.cardId, at };
}

/** Votes per card, most first (ties by card id, so every device lists them alike). */
export function tallyVotes(answers: readonly LiveAnswer[], questionId: string): readonly [string, number][] {
  const counts = new Map<string, number>();
  for (const a of answers)
    if (a.questionId === questionId && a.cardId) counts.set(a.cardId, (counts.get(a.cardId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface Harvest {
  readonly questions: readonly (LiveQuestion & { readonly answers: readonly LiveAnswer[] })[];
}

export function harvestOf(questions: readonly LiveQuestion[], answers: readonly LiveAnswer[]): Harvest {
  return {
    questions: [...questions]
      .sort((a, b) => a.openedAt - b.openedAt)
      .map((q) => ({ ...q, answers: answers.filter((a) => a.questionId === q.id) })),
  };
}

/** The harvest as Markdown; `title` names a card id for a person (the UI passes the card's title). */
export function harvestMarkdown(harvest: Harvest, title: (cardId: string) => string): string {
  const iso = (t: number) => new Date(t).toISOString();
  const lines: string[] = [];
  for (const q of harvest.questions) {
    lines.push(`## ${escapeMarkdown(q.prompt)}`, '', `- ${title(q.cardId)} · ${iso(q.openedAt)}`, '');
    if (q.kind === 'vote') {
      for (const [cardId, n] of tallyVotes(q.answers, q.id)) lines.push(`- ${title(cardId)}: ${n}`);
    } else {
      // Answers are what people typed: never markup in the file, even in a viewer that allows HTML.
      for (const a of q.answers)
        lines.push(`- ${escapeMarkdown((a.text ?? '').replace(/\s*\n\s*/g, ' '))} (${iso(a.at)})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
