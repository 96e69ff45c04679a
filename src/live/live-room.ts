import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { parseSessionState } from '../domain/facilitator-message';
import type { SessionState } from '../domain/facilitator-session';
import type { Contribution, LiveAnswer, LiveQuestion } from '../domain/live-room';

/*
 * The room's Yjs document (names shared with server/live-server.ts; never rename without both):
 * map "room": session (SessionState, what the controller shows), open (id of the open question), ended,
 *   join (the participants' link, for the projector's QR code; never the facilitator's or projector's token)
 * map "questions": id -> LiveQuestion; array "answers": LiveAnswer, appended only by the server.
 * A note is never part of it: nothing here can reach the notes store.
 */

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'refused';

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
}

/** The socket's address on the page's own origin (npm run live serves both): wss on https. */
export function socketUrlFor(location: { readonly protocol: string; readonly host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/socket`;
}

export function joinLiveRoom({ url, room, token }: JoinOptions): LiveRoom {
  const doc = new Y.Doc();
  const roomMap = doc.getMap<unknown>('room');
  const questions = doc.getMap<LiveQuestion>('questions');
  const answers = doc.getArray<LiveAnswer>('answers');
  const listeners = new Set<() => void>();
  const replyListeners = new Set<(reply: ContributionReply) => void>();
  let status: LiveStatus = 'connecting';
  let snapshot: LiveSnapshot | undefined;

  const changed = () => {
    snapshot = undefined;
    listeners.forEach((l) => l());
  };
  const setStatus = (next: LiveStatus) => {
    // An ended or refused room stays so: the device keeps its deck and stops trying.
    if (status === next || status === 'ended' || status === 'refused') return;
    status = next;
    if (next === 'ended' || next === 'refused') queueMicrotask(() => socket.disconnect());
    changed();
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
      if (state) setStatus('connected');
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

  doc.on('update', () => {
    if (roomMap.get('ended') === true) setStatus('ended');
    changed();
  });

  // Neither iPads after sleep nor the provider notice a dead socket at once: look again on wake.
  const wake = () => {
    if (document.visibilityState === 'hidden' || status === 'ended' || status === 'refused') return;
    if (socket.status !== WebSocketStatus.Connected) void socket.connect();
    else if (Date.now() - socket.lastMessageReceived > 5000) socket.webSocket?.close();
  };
  for (const type of ['online', 'pageshow']) window.addEventListener(type, wake);
  document.addEventListener('visibilitychange', wake);

  return {
    getSnapshot: () => {
      if (snapshot) return snapshot;
      const openId = roomMap.get('open');
      snapshot = {
        status,
        session: parseSessionState(roomMap.get('session')),
        open: typeof openId === 'string' ? questions.get(openId) : undefined,
        questions: [...questions.values()],
        answers: answers.toArray(),
        joinLink: typeof roomMap.get('join') === 'string' ? (roomMap.get('join') as string) : undefined,
      };
      return snapshot;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSession: (session) => roomMap.set('session', session),
    setJoinLink: (link) => {
      if (roomMap.get('join') !== link) roomMap.set('join', link);
    },
    openQuestion: (question) =>
      doc.transact(() => {
        questions.set(question.id, question);
        roomMap.set('open', question.id);
      }),
    closeQuestion: () => roomMap.delete('open'),
    reveal: (questionId, revealed) => {
      const question = questions.get(questionId);
      if (question) questions.set(questionId, { ...question, revealed });
    },
    end: () => provider.sendStateless('{"type":"end"}'),
    contribute: (contribution) => provider.sendStateless(JSON.stringify(contribution)),
    onReply: (listener) => {
      replyListeners.add(listener);
      return () => replyListeners.delete(listener);
    },
    destroy: () => {
      for (const type of ['online', 'pageshow']) window.removeEventListener(type, wake);
      document.removeEventListener('visibilitychange', wake);
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
