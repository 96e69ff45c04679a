import { isActorId, LANGS } from './actor';
import { isCount, isTime, MAX_EPOCH, MAX_TIMER_MS } from './bounds';
import type { Lang } from './actor';
import type { CardSide, SessionState, SessionTimer } from './facilitator-session';

/**
 * The facilitator windows' wire format. Bump the version for any change an older window could
 * misread; a window ignores every version but its own (an old projector waits rather than guesses).
 */
export const FACILITATOR_PROTOCOL_VERSION = 1 as const;

export type WindowRole = 'controller' | 'projector';

/** Keys a laptop user may press in the projector window; the controller in charge carries them out. */
export const FACILITATOR_COMMANDS = ['next', 'previous', 'flip', 'blackout', 'timer'] as const;
export type FacilitatorCommand = (typeof FACILITATOR_COMMANDS)[number];

interface Envelope {
  readonly v: typeof FACILITATOR_PROTOCOL_VERSION;
  /** A random id per window (per page load). */
  readonly sender: string;
}

/**
 * - state: a controller's whole session. `epoch` is its claim to be in charge (higher wins, ties by
 *   sender), `seq` orders its own updates.
 * - hello: a window appeared and wants the current state.
 * - bye: a window is closing.
 * - command: the projector window passes on a key press.
 */
export type FacilitatorMessage =
  | (Envelope & { readonly kind: 'state'; readonly epoch: number; readonly seq: number; readonly state: SessionState })
  | (Envelope & { readonly kind: 'hello'; readonly role: WindowRole })
  | (Envelope & { readonly kind: 'bye'; readonly role: WindowRole })
  | (Envelope & { readonly kind: 'command'; readonly command: FacilitatorCommand });

export type ParsedMessage =
  { readonly ok: true; readonly message: FacilitatorMessage } | { readonly ok: false; readonly reason: string };

const SENDER = /^[A-Za-z0-9_-]{1,64}$/;
const CARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_CARD_ID = 120;

type Obj = Readonly<Record<string, unknown>>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Invalid extends Error {}

function fail(reason: string): never {
  throw new Invalid(reason);
}

function readTimer(value: unknown): SessionTimer {
  if (!isObj(value)) fail('state.timer is not an object');
  const { runningSince, elapsedMs } = value;
  if (runningSince !== null && !isTime(runningSince)) fail('state.timer.runningSince is not a time or null');
  if (!isTime(elapsedMs) || elapsedMs > MAX_TIMER_MS) fail('state.timer.elapsedMs is not a duration');
  return { runningSince, elapsedMs };
}

/** Builds a fresh state from known fields only, so nothing unexpected (a note, say) rides along. */
function readState(value: unknown): SessionState {
  if (!isObj(value)) fail('state is not an object');
  const { deck, cardId, side, blackout, join, timer, lang } = value;
  if (!isObj(deck)) fail('state.deck is not an object');
  const { from, to } = deck;
  if (!isActorId(from)) fail('state.deck.from is not an actor');
  if (!(to === 'all' || (isActorId(to) && to !== from))) fail('state.deck.to is not a partner');
  if (typeof cardId !== 'string' || cardId.length > MAX_CARD_ID || !CARD_ID.test(cardId))
    fail('state.cardId is not a card id');
  if (side !== 'face' && side !== 'back') fail('state.side is not face or back');
  if (typeof blackout !== 'boolean') fail('state.blackout is not a boolean');
  if (typeof join !== 'boolean') fail('state.join is not a boolean');
  if (!(LANGS as readonly unknown[]).includes(lang)) fail('state.lang is not a language');
  return {
    deck: { from, to },
    cardId,
    side: side satisfies CardSide,
    blackout,
    join,
    timer: readTimer(timer),
    lang: lang as Lang,
  };
}

function readRole(value: unknown): WindowRole {
  if (value !== 'controller' && value !== 'projector') fail('role is not controller or projector');
  return value;
}

function read(data: unknown): FacilitatorMessage {
  let value = data;
  if (typeof value === 'string') {
    // The storage-event and Presentation transports carry text.
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      fail('not JSON');
    }
  }
  if (!isObj(value)) fail('not an object');
  if (value.v !== FACILITATOR_PROTOCOL_VERSION) fail(`unsupported version ${JSON.stringify(value.v)}`);
  const { sender, kind } = value;
  if (typeof sender !== 'string' || !SENDER.test(sender)) fail('sender is not an id');
  const v = FACILITATOR_PROTOCOL_VERSION;
  switch (kind) {
    case 'state':
      if (!isCount(value.epoch, MAX_EPOCH)) fail('epoch is not a count');
      if (!isCount(value.seq)) fail('seq is not a count');
      return { v, sender, kind, epoch: value.epoch, seq: value.seq, state: readState(value.state) };
    case 'hello':
    case 'bye':
      return { v, sender, kind, role: readRole(value.role) };
    case 'command':
      if (!(FACILITATOR_COMMANDS as readonly unknown[]).includes(value.command)) fail('unknown command');
      return { v, sender, kind, command: value.command as FacilitatorCommand };
    default:
      return fail(`unknown kind ${JSON.stringify(kind)}`);
  }
}

/**
 * Checks a message from another window by hand (no schema library in the bundle). Anything not
 * exactly a message of this version comes back as a reason, never as an exception.
 */
export function parseFacilitatorMessage(data: unknown): ParsedMessage {
  try {
    return { ok: true, message: read(data) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: 'unreadable' };
  }
}

/** A session saved by this app earlier (a reloaded controller): the same checks as on the wire. */
export function parseSessionState(data: unknown): SessionState | undefined {
  try {
    return readState(data);
  } catch {
    return undefined;
  }
}
