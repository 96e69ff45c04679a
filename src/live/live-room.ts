import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { parseSessionState } from '../domain/facilitator-message';
import type { SessionState } from '../domain/facilitator-session';
import { ANSWERS_DOC_SUFFIX, answerOf, checkContribution } from '../domain/live-room';
import type { Contribution, LiveAnswer, LiveQuestion, SealedAnswer, SealedContribution } from '../domain/live-room';
import { roomSealer } from './room-key';
import type { RoomSealer } from './room-key';

/*
 * The room's Yjs document (names shared with server/live-server.ts; never rename without both):
 * map "room": session (SessionState, what the controller shows), open (id of the open question), ended,
 *   join (the participants' link, for the projector's QR code; never the facilitator's or projector's token)
 * map "questions": id -> LiveQuestion; map "results": id -> LiveAnswer[], a revealed question's answers, published
 *   by the facilitator's device. The document "<room>.answers" (the facilitator's only): array "answers",
 *   LiveAnswer or SealedAnswer, appended only by the server.
 * A note is never part of it: nothing here can reach the notes store.
 * With a key (the link's k=, see room-key.ts) session, join, every question, result and answer are sealed
 * strings; open (a random id) and ended stay plain, as the server needs them.
 */

/** locked: the room is encrypted and this page cannot open it (no WebCrypto on plain http, or a wrong key). */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'refused' | 'locked';

export interface LiveSnapshot {
  readonly status: LiveStatus;
  readonly session: SessionState | undefined;
  readonly open: LiveQuestion | undefined;
  readonly questions: readonly LiveQuestion[];
  readonly answers: readonly LiveAnswer[];
  readonly joinLink: string | undefined;
}

export type ContributionReply = 'accepted' | 'rate' | 'closed' | 'tooLong' | 'empty' | 'malformed';

export interface LiveRoom {
  readonly getSnapshot: () => LiveSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Facilitator only: the server ignores a participant's writes. */
  readonly setSession: (session: SessionState) => void;
  readonly setJoinLink: (link: string) => void;
  readonly openQuestion: (question: LiveQuestion) => void;
  readonly closeQuestion: () => void;
  readonly reveal: (questionId: string, revealed: boolean) => void;
  readonly end: () => void;
  /** Participants: the server checks it and appends it, anonymously. */
  readonly contribute: (contribution: Contribution) => void;
  readonly onReply: (listener: (reply: ContributionReply) => void) => () => void;
  readonly destroy: () => void;
}

export interface JoinOptions {
  readonly url: string;
  readonly room: string;
  readonly token: string;
  /** The room's key from the link: values are sealed end to end. None: a plain room (a LAN over http). */
  readonly key?: string | undefined;
  /** The facilitator: also opens the room's answers as they come (everyone else sees them once revealed). */
  readonly answers?: boolean;
}

type Content = Omit<LiveSnapshot, 'status'>;
const EMPTY: Content = { session: undefined, open: undefined, questions: [], answers: [], joinLink: undefined };

/** The socket's address on the page's own origin (npm run live serves both): wss on https. */
export function socketUrlFor(location: { readonly protocol: string; readonly host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/socket`;
}

export function joinLiveRoom({ url, room, token, key, answers: withAnswers = false }: JoinOptions): LiveRoom {
  const doc = new Y.Doc();
  const roomMap = doc.getMap<unknown>('room');
  const questions = doc.getMap<unknown>('questions');
  const results = doc.getMap<unknown>('results');
  const answersDoc = withAnswers ? new Y.Doc() : undefined;
  const answers = answersDoc?.getArray<LiveAnswer | SealedAnswer>('answers');
  /** Per revealed question, how many answers this device has published (or is sealing to publish). */
  const published = new Map<string, number>();
  const listeners = new Set<() => void>();
  const replyListeners = new Set<(reply: ContributionReply) => void>();
  let status: LiveStatus = 'connecting';
  let snapshot: LiveSnapshot | undefined;
  let content = EMPTY;

  const sealer: Promise<RoomSealer> | undefined = key ? roomSealer(key) : undefined;
  // Each sealed value is opened once (and our own writes never): a room's values change one at a time.
  const opened = new Map<string, unknown>();
  const openValue = async (value: unknown): Promise<unknown> => {
    if (!sealer) return value;
    if (typeof value !== 'string') return undefined;
    if (!opened.has(value)) opened.set(value, await (await sealer).open(value));
    return opened.get(value);
  };
  const sealValue = async (value: unknown): Promise<unknown> => {
    if (!sealer) return value;
    const sealed = await (await sealer).seal(value);
    opened.set(sealed, value);
    return sealed;
  };
  /** An encrypted room's answer is checked here, by a device with the key; a plain room's by the server. */
  const answerFrom = async (
    stored: LiveAnswer | SealedAnswer,
    byId: ReadonlyMap<string, LiveQuestion>,
  ): Promise<LiveAnswer | undefined> => {
    if (!('sealed' in stored)) return sealer ? undefined : stored;
    if (!sealer) return undefined;
    const plain = await openValue(stored.sealed).catch(() => undefined);
    const checked = checkContribution(JSON.stringify(plain), byId.get(stored.questionId));
    return checked.ok && checked.contribution.questionId === stored.questionId
      ? answerOf(checked.contribution, stored.at)
      : undefined;
  };
  const decode = async (): Promise<Content> => {
    const session = parseSessionState(await openValue(roomMap.get('session')));
    const list = (await Promise.all([...questions.values()].map(openValue))) as (LiveQuestion | undefined)[];
    const byId = new Map(list.flatMap((q) => (q && typeof q.id === 'string' ? [[q.id, q] as const] : [])));
    const openId = roomMap.get('open');
    const join = await openValue(roomMap.get('join'));
    let given: readonly (LiveAnswer | undefined)[];
    if (answers) {
      given = await Promise.all(answers.toArray().map((a) => answerFrom(a, byId)));
    } else {
      // Published by the facilitator's device, which checked them.
      const shown = await Promise.all([...results.values()].map(openValue));
      given = shown.flatMap((r) => (Array.isArray(r) ? (r as LiveAnswer[]) : []));
    }
    return {
      session,
      open: typeof openId === 'string' ? byId.get(openId) : undefined,
      questions: [...byId.values()],
      answers: given.filter((a) => a !== undefined),
      joinLink: typeof join === 'string' ? join : undefined,
    };
  };
  /** The facilitator's device shows a revealed question's answers to the room, and keeps them current. */
  const publish = () => {
    for (const q of content.questions) {
      const shown = q.revealed ? content.answers.filter((a) => a.questionId === q.id) : undefined;
      if (shown && published.get(q.id) !== shown.length) {
        published.set(q.id, shown.length);
        write(shown, (v) => results.set(q.id, v));
      } else if (!shown && results.has(q.id)) {
        published.delete(q.id);
        results.delete(q.id);
      }
    }
  };

  const changed = () => {
    snapshot = undefined;
    listeners.forEach((l) => l());
  };
  const final = (s: LiveStatus) => s === 'ended' || s === 'refused' || s === 'locked';
  const setStatus = (next: LiveStatus) => {
    // An ended, refused or locked room stays so: the device keeps its deck and stops trying.
    if (status === next || final(status)) return;
    status = next;
    if (final(next)) queueMicrotask(() => socket.disconnect());
    changed();
  };
  // One decode at a time, in order, and one waiting at most: a burst of answers is read once.
  let decoding: Promise<void> = Promise.resolve();
  let queued = false;
  const refresh = (): Promise<void> => {
    if (queued) return decoding;
    queued = true;
    decoding = decoding
      .then(async () => {
        queued = false;
        content = await decode();
        // Not before the answers are in: a reconnecting facilitator would publish an empty list.
        if (answersSynced) publish();
        changed();
      })
      .catch(() => setStatus('locked'));
    return decoding;
  };
  // Writes are sealed in order, so the room never steps back to an older card.
  let writing: Promise<void> = Promise.resolve();
  const write = (value: unknown, apply: (sealed: unknown) => void) => {
    writing = writing.then(async () => apply(await sealValue(value))).catch(() => setStatus('locked'));
  };

  // Short backoff: a class waits seconds, not a minute, after the server or Wi-Fi comes back.
  const socket = new HocuspocusProviderWebsocket({
    url,
    delay: 250,
    factor: 1.5,
    minDelay: 250,
    maxDelay: 2000,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    awareness: null,
    // Connected means admitted and in step with the room (a socket that opens for a refused token is not,
    // nor a reloaded controller that has not yet got the room's card); a lost socket, reconnecting.
    onSynced: ({ state }) => {
      if (state) void refresh().then(() => setStatus('connected'));
    },
    onStatus: ({ status: s }) => {
      if (s === WebSocketStatus.Disconnected && status === 'connected') setStatus('reconnecting');
    },
    onAuthenticationFailed: ({ reason }) => setStatus(reason === 'room-ended' ? 'ended' : 'refused'),
    onStateless: ({ payload }) => {
      try {
        const reply = JSON.parse(payload) as { type?: string; error?: ContributionReply };
        replyListeners.forEach((l) => l(reply.type === 'accepted' ? 'accepted' : (reply.error ?? 'malformed')));
      } catch {
        // Not ours: ignored.
      }
    },
  });
  provider.attach();
  // The answers come over the same socket, as a second document only the facilitator's token opens.
  let answersSynced = false;
  const answersProvider =
    answersDoc &&
    new HocuspocusProvider({
      websocketProvider: socket,
      name: room + ANSWERS_DOC_SUFFIX,
      token,
      document: answersDoc,
      awareness: null,
      onSynced: ({ state }) => {
        answersSynced ||= state;
        void refresh();
      },
    });
  answersProvider?.attach();
  answersDoc?.on('update', () => void refresh());

  doc.on('update', () => {
    if (roomMap.get('ended') === true) setStatus('ended');
    void refresh();
  });
  sealer?.catch(() => setStatus('locked'));

  // Neither iPads after sleep nor the provider notice a dead socket at once: look again on wake.
  const wake = () => {
    if (document.visibilityState === 'hidden' || final(status)) return;
    if (socket.status !== WebSocketStatus.Connected) void socket.connect();
    else if (Date.now() - socket.lastMessageReceived > 5000) socket.webSocket?.close();
  };
  for (const type of ['online', 'pageshow']) window.addEventListener(type, wake);
  document.addEventListener('visibilitychange', wake);

  return {
    getSnapshot: () => (snapshot ??= { status, ...content }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSession: (session) => write(session, (v) => roomMap.set('session', v)),
    setJoinLink: (link) => {
      if (content.joinLink !== link) write(link, (v) => roomMap.set('join', v));
    },
    openQuestion: (question) =>
      write(question, (v) =>
        doc.transact(() => {
          questions.set(question.id, v);
          roomMap.set('open', question.id);
        }),
      ),
    closeQuestion: () => roomMap.delete('open'),
    reveal: (questionId, revealed) => {
      const question = content.questions.find((q) => q.id === questionId);
      if (question) write({ ...question, revealed }, (v) => questions.set(questionId, v));
    },
    end: () => provider.sendStateless('{"type":"end"}'),
    contribute: (contribution) => {
      if (!sealer) return provider.sendStateless(JSON.stringify(contribution));
      void sealer
        .then((s) => s.seal(contribution))
        .then((data) => {
          const sealed: SealedContribution = { type: 'sealed', questionId: contribution.questionId, data };
          provider.sendStateless(JSON.stringify(sealed));
        });
    },
    onReply: (listener) => {
      replyListeners.add(listener);
      return () => replyListeners.delete(listener);
    },
    destroy: () => {
      for (const type of ['online', 'pageshow']) window.removeEventListener(type, wake);
      document.removeEventListener('visibilitychange', wake);
      provider.destroy();
      answersProvider?.destroy();
      socket.destroy();
      doc.destroy();
      answersDoc?.destroy();
    },
  };
}
