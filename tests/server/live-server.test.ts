// @vitest-environment node
import { HocuspocusProvider } from '@hocuspocus/provider';
import { encoding } from 'lib0';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createLiveServer, createRoom, MAX_FRAME_BYTES } from '../../server/live-server';
import type { RoomLinks } from '../../server/live-server';
import { signToken } from '../../server/room-token';
import { buildQuestion } from '../support/live-builders';
import { ANSWERS_DOC_SUFFIX, MAX_SEALED_CHARS } from '../../src/domain/live-room';
import type { LiveQuestion } from '../../src/domain/live-room';

const secret = 'a test secret';
const server = createLiveServer({ secret, port: 0, contributionsPerMinute: 5, connectionsPerMinute: 1000 });
let url = '';
const open: HocuspocusProvider[] = [];

beforeAll(async () => {
  await server.listen();
  url = `ws://127.0.0.1:${server.address.port}`;
});
afterEach(() => open.splice(0).forEach((p) => p.destroy()));
afterAll(() => server.destroy());

interface Client {
  readonly provider: HocuspocusProvider;
  readonly doc: Y.Doc;
  readonly replies: string[];
  /** Settles with "ok" once authenticated or the server's reason for refusing. */
  readonly auth: Promise<string>;
  readonly synced: Promise<void>;
}

function join(room: string, token: string): Client {
  const doc = new Y.Doc();
  const replies: string[] = [];
  let settle: (v: string) => void = () => {};
  let synced: () => void = () => {};
  const auth = new Promise<string>((r) => (settle = r));
  const syncedP = new Promise<void>((r) => (synced = r));
  const provider = new HocuspocusProvider({
    url,
    name: room,
    token,
    document: doc,
    awareness: null,
    onAuthenticated: () => settle('ok'),
    onAuthenticationFailed: ({ reason }) => settle(reason),
    onSynced: () => synced(),
    onStateless: ({ payload }) => replies.push(payload),
  });
  open.push(provider);
  return { provider, doc, replies, auth, synced: syncedP };
}

/** Resolves when `check` holds, looking again after every change of the document (no sleeps). */
function until(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      if (!check()) return;
      doc.off('update', look);
      resolve();
    };
    doc.on('update', look);
    look();
  });
}

function untilReplies(client: Client, n: number): Promise<readonly unknown[]> {
  return new Promise((resolve) => {
    const look = () =>
      client.replies.length >= n ? resolve(client.replies.map((r) => JSON.parse(r) as unknown)) : undefined;
    client.provider.on('stateless', look);
    look();
  });
}

/** The facilitator's controller: the room, and its answers (a document only the facilitator opens). */
async function roomWithFacilitator(): Promise<{ links: RoomLinks; host: Client; inbox: Client }> {
  const links = createRoom(secret, 1);
  const host = join(links.room, links.tokens.facilitator);
  const inbox = join(links.room + ANSWERS_DOC_SUFFIX, links.tokens.facilitator);
  await Promise.all([host.synced, inbox.synced]);
  return { links, host, inbox };
}

/** Once every device has the facilitator's mark, each has had whatever the server sent it before. */
async function everyoneSees(host: Client, devices: readonly Y.Doc[]): Promise<void> {
  const mark = Math.random();
  host.doc.getMap('room').set('mark', mark);
  await Promise.all(devices.map((d) => until(d, () => d.getMap('room').get('mark') === mark)));
}

const sortedReplies = (replies: readonly unknown[]) => replies.map((r) => JSON.stringify(r)).sort();

function openQuestion(host: Client, kind: LiveQuestion['kind'] = 'text'): LiveQuestion {
  const question = buildQuestion({ kind });
  host.doc.transact(() => {
    host.doc.getMap('questions').set(question.id, question);
    host.doc.getMap('room').set('open', question.id);
  });
  return question;
}

const answers = (c: Client) => c.doc.getArray<{ text?: string }>('answers').toArray();

// A busy shared machine: every wait is for an event, the limit only catches a hang.
describe('live server', { timeout: 30_000 }, () => {
  it("admits a valid token and refuses a forged, an expired and another room's token", async () => {
    const { links } = await roomWithFacilitator();
    const other = createRoom(secret, 1);
    const expired = signToken(secret, {
      room: links.room,
      role: 'participant',
      expires: Math.floor(Date.now() / 1000) - 1,
    });
    const forged = signToken('not the secret', { room: links.room, role: 'facilitator', expires: 2e9 });
    const tampered = links.tokens.participant.replace(/^a\./, 'f.');
    expect(await join(links.room, links.tokens.participant).auth).toBe('ok');
    for (const token of [expired, forged, tampered, other.tokens.facilitator, 'nonsense']) {
      expect(await join(links.room, token).auth).toBe('invalid-token');
    }
  });

  it("opens a room's answers to the facilitator's token only, and to nobody for writing", async () => {
    const { links, inbox } = await roomWithFacilitator();
    for (const token of [links.tokens.participant, links.tokens.projector])
      expect(await join(links.room + ANSWERS_DOC_SUFFIX, token).auth).toBe('invalid-token');
    inbox.doc.getArray('answers').push([{ questionId: 'q1', text: 'skrevet af facilitatoren', at: 1 }]);
    const again = join(links.room + ANSWERS_DOC_SUFFIX, links.tokens.facilitator);
    await again.synced;
    expect(answers(again)).toEqual([]);
  });

  it("ignores a participant's write to the shared document", async () => {
    const { links, host } = await roomWithFacilitator();
    const pupil = join(links.room, links.tokens.participant);
    await pupil.synced;
    pupil.doc.getMap('room').set('session', 'hijacked');
    host.doc.getMap('room').set('marker', 1);
    await until(pupil.doc, () => pupil.doc.getMap('room').get('marker') === 1);
    // A fresh device sees what the server holds: the facilitator's marker, not the participant's write.
    const fresh = join(links.room, links.tokens.participant);
    await fresh.synced;
    await until(fresh.doc, () => fresh.doc.getMap('room').get('marker') === 1);
    expect(fresh.doc.getMap('room').get('session')).toBeUndefined();
    expect(host.doc.getMap('room').get('session')).toBeUndefined();
  });

  it('appends a contribution to the open question and refuses one over 280 characters', async () => {
    const { links, host, inbox } = await roomWithFacilitator();
    openQuestion(host);
    const pupil = join(links.room, links.tokens.participant);
    await pupil.synced;
    await until(pupil.doc, () => pupil.doc.getMap('room').get('open') === 'q1');
    pupil.provider.sendStateless(JSON.stringify({ type: 'answer', questionId: 'q1', text: '😀'.repeat(281) }));
    pupil.provider.sendStateless(JSON.stringify({ type: 'answer', questionId: 'q1', text: '😀'.repeat(280) }));
    pupil.provider.sendStateless(JSON.stringify({ type: 'answer', questionId: 'q2', text: 'the wrong question' }));
    // A refusal may overtake an answer being stored: the replies, not their order.
    expect(sortedReplies(await untilReplies(pupil, 3))).toEqual(
      sortedReplies([
        { type: 'refused', error: 'tooLong' },
        { type: 'accepted' },
        { type: 'refused', error: 'closed' },
      ]),
    );
    await until(inbox.doc, () => answers(inbox).length === 1);
    expect(answers(inbox)[0]?.text).toBe('😀'.repeat(280));
    // The answer is in the facilitator's document only, not in the room's that every participant holds.
    await everyoneSees(host, [pupil.doc]);
    expect(answers(pupil)).toEqual([]);
  });

  it("stores an encrypted room's contribution as it came, checking only the open question and the size", async () => {
    const { links, host, inbox } = await roomWithFacilitator();
    // An encrypted room's question is a sealed string; only its id in "open" is plain.
    host.doc.transact(() => {
      host.doc.getMap('questions').set('q1', 'c2VhbGVkIHF1ZXN0aW9u');
      host.doc.getMap('room').set('open', 'q1');
    });
    const pupil = join(links.room, links.tokens.participant);
    await until(pupil.doc, () => pupil.doc.getMap('room').get('open') === 'q1');
    const sealed = (questionId: string, data: string) => JSON.stringify({ type: 'sealed', questionId, data });
    pupil.provider.sendStateless(sealed('q1', 'A'.repeat(MAX_SEALED_CHARS + 1)));
    pupil.provider.sendStateless(sealed('q1', 'not base64url!'));
    pupil.provider.sendStateless(sealed('q2', 'c2VhbGVk'));
    pupil.provider.sendStateless(sealed('q1', 'A'.repeat(MAX_SEALED_CHARS)));
    expect(sortedReplies(await untilReplies(pupil, 4))).toEqual(
      sortedReplies([
        { type: 'refused', error: 'tooLong' },
        { type: 'refused', error: 'malformed' },
        { type: 'refused', error: 'closed' },
        { type: 'accepted' },
      ]),
    );
    await until(inbox.doc, () => answers(inbox).length === 1);
    expect(Object.keys(inbox.doc.getArray<object>('answers').get(0)).sort()).toEqual(['at', 'questionId', 'sealed']);
  });

  it('limits contributions per connection', async () => {
    const { links, host } = await roomWithFacilitator();
    openQuestion(host, 'vote');
    const pupil = join(links.room, links.tokens.participant);
    await until(pupil.doc, () => pupil.doc.getMap('room').get('open') === 'q1');
    for (let i = 0; i < 7; i++)
      pupil.provider.sendStateless(JSON.stringify({ type: 'vote', questionId: 'q1', cardId: 'et-kort' }));
    const replies = await untilReplies(pupil, 7);
    expect(replies.filter((r) => (r as { type: string }).type === 'accepted')).toHaveLength(5);
    expect(replies.filter((r) => (r as { error?: string }).error === 'rate')).toHaveLength(2);
  });

  it('relays no stateless broadcast a participant sends itself', async () => {
    const { links, host } = await roomWithFacilitator();
    openQuestion(host);
    const sender = join(links.room, links.tokens.participant);
    const listener = join(links.room, links.tokens.participant);
    await Promise.all([sender.synced, listener.synced]);
    await until(sender.doc, () => sender.doc.getMap('room').get('open') === 'q1');
    const frame = encoding.createEncoder();
    encoding.writeVarString(frame, links.room);
    encoding.writeVarUint(frame, 6); // Hocuspocus' BroadcastStateless opcode
    encoding.writeVarString(frame, 'to everyone');
    sender.provider.configuration.websocketProvider.webSocket?.send(encoding.toUint8Array(frame));
    // The server closes the sender's connection for it. Once a later device's answer is answered and the listener
    // has a mark set after that, a relayed broadcast would have reached the listener.
    const afterwards = join(links.room, links.tokens.participant);
    await afterwards.synced;
    afterwards.provider.sendStateless(JSON.stringify({ type: 'answer', questionId: 'q1', text: 'efter' }));
    await untilReplies(afterwards, 1);
    await everyoneSees(host, [listener.doc]);
    expect(listener.replies).toEqual([]);
    expect(host.replies).toEqual([]);
  });

  it("shares no presence: a device's awareness state reaches nobody", async () => {
    const { links, host } = await roomWithFacilitator();
    openQuestion(host);
    // Two devices that do share awareness (the app's own have none).
    const [watcher, sender] = [0, 1].map(() => {
      const provider = new HocuspocusProvider({ url, name: links.room, token: links.tokens.participant });
      open.push(provider);
      return provider;
    }) as [HocuspocusProvider, HocuspocusProvider];
    await Promise.all([watcher, sender].map((p) => new Promise((r) => p.on('synced', r))));
    sender.setAwarenessField('name', 'Anna');
    // Sent after the awareness update on the same socket: once it is answered and the watcher has a mark set
    // after that, a relayed awareness update would have reached the watcher.
    const replied = new Promise((r) => sender.on('stateless', r));
    sender.sendStateless(JSON.stringify({ type: 'answer', questionId: 'q1', text: 'efter' }));
    await replied;
    await everyoneSees(host, [watcher.document]);
    const others = [...(watcher.awareness?.getStates().keys() ?? [])].filter((id) => id !== watcher.document.clientID);
    expect(others).toEqual([]);
  });

  it('closes a socket that sends a frame over 64 KiB', async () => {
    const socket = new WebSocket(url);
    await new Promise((r) => socket.once('open', r));
    const closed = new Promise<number>((r) => socket.once('close', r));
    socket.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect(await closed).toBe(1009);
  });

  it('keeps a room while nobody is in it: a break, or every tablet asleep', async () => {
    const { links, host, inbox } = await roomWithFacilitator();
    openQuestion(host);
    const pupil = join(links.room, links.tokens.participant);
    await until(pupil.doc, () => pupil.doc.getMap('room').get('open') === 'q1');
    pupil.provider.sendStateless(JSON.stringify({ type: 'answer', questionId: 'q1', text: 'før pausen' }));
    await until(inbox.doc, () => answers(inbox).length === 1);
    open.splice(0).forEach((p) => p.destroy());
    // The server lets go of a room no device is in (its memory is for rooms in use) ...
    const inUse = () => [links.room, links.room + ANSWERS_DOC_SUFFIX].some((d) => server.hocuspocus.documents.has(d));
    while (inUse()) await new Promise((r) => setTimeout(r, 20));
    // ... and the next device to come finds the question and the answer where they were.
    const back = join(links.room, links.tokens.facilitator);
    const backInbox = join(links.room + ANSWERS_DOC_SUFFIX, links.tokens.facilitator);
    await until(back.doc, () => back.doc.getMap('room').get('open') === 'q1');
    await until(backInbox.doc, () => answers(backInbox).length === 1);
    expect(answers(backInbox)[0]?.text).toBe('før pausen');
  });

  it('ends a room: every device is told, and no token opens it again', async () => {
    const { links, host } = await roomWithFacilitator();
    const pupil = join(links.room, links.tokens.participant);
    await pupil.synced;
    const closed = new Promise<void>((r) => pupil.provider.on('close', () => r()));
    host.provider.sendStateless('{"type":"end"}');
    await until(pupil.doc, () => pupil.doc.getMap('room').get('ended') === true);
    await closed;
    expect(await join(links.room, links.tokens.participant).auth).toBe('room-ended');
    expect(await join(links.room, links.tokens.facilitator).auth).toBe('room-ended');
  });

  it('refuses a participant who asks to end the room', async () => {
    const { links, host } = await roomWithFacilitator();
    const pupil = join(links.room, links.tokens.participant);
    await pupil.synced;
    pupil.provider.sendStateless('{"type":"end"}');
    host.doc.getMap('room').set('marker', 2);
    await until(pupil.doc, () => pupil.doc.getMap('room').get('marker') === 2);
    expect(await join(links.room, links.tokens.participant).auth).toBe('ok');
    expect(pupil.doc.getMap('room').get('ended')).toBeUndefined();
  });
});
