import { MAX_EPOCH } from './bounds';
import { FACILITATOR_PROTOCOL_VERSION } from './facilitator-message';
import type { FacilitatorCommand, FacilitatorMessage } from './facilitator-message';
import { applySessionAction } from './facilitator-session';
import type { SessionAction, SessionState } from './facilitator-session';

/*
 * Two windows (or more) keep in step by messages alone, with no server and no shared clock:
 * - A controller claims the projector with an epoch above every epoch it has seen (and at least
 *   the time of day, so a controller opened later wins even if it heard nothing yet). The highest
 *   claim is in charge; ties go to the larger sender id, so every window picks the same one.
 * - The controller in charge numbers its updates; a window applies an update only if it is newer
 *   than the last one from that claim, so duplicates and late arrivals change nothing.
 * - A controller that sees a higher claim stops sending and follows it, and says so; it may claim
 *   again ("take over"), which makes it the latest.
 */

export interface Claim {
  readonly sender: string;
  readonly epoch: number;
}

/** Whether claim `a` outranks claim `b`. */
export function outranks(a: Claim, b: Claim): boolean {
  return a.epoch > b.epoch || (a.epoch === b.epoch && a.sender > b.sender);
}

function sameClaim(a: Claim, b: Claim): boolean {
  return a.epoch === b.epoch && a.sender === b.sender;
}

export interface Step<S> {
  readonly sync: S;
  /** Messages to send, in order. */
  readonly outbox: readonly FacilitatorMessage[];
}

const v = FACILITATOR_PROTOCOL_VERSION;

// ---------------------------------------------------------------------------------------------
// Controller

export interface ControllerSync {
  readonly self: string;
  /** Our own claim's epoch. */
  readonly epoch: number;
  /** The number of our last state message. */
  readonly seq: number;
  /** The claim in charge: ours, or another controller's. */
  readonly leader: Claim;
  /** The last update applied from the leader (ours or theirs). */
  readonly leaderSeq: number;
  readonly state: SessionState;
  /** Projector windows that said hello and not yet bye. */
  readonly projectors: readonly string[];
  /** The controller that took over has closed: nobody is in charge until someone takes over. */
  readonly leaderGone: boolean;
}

export function isInCharge(sync: ControllerSync): boolean {
  return sync.leader.sender === sync.self && sync.leader.epoch === sync.epoch;
}

function stateMessage(sync: ControllerSync): FacilitatorMessage {
  return { v, kind: 'state', sender: sync.self, epoch: sync.epoch, seq: sync.seq, state: sync.state };
}

function claim(sync: ControllerSync, now: number, above: number): Step<ControllerSync> {
  // Within MAX_EPOCH + 1 (exact): a message never carries more than MAX_EPOCH, so this outranks it.
  const epoch = Math.min(Math.max(Math.floor(now), Math.floor(above) + 1), MAX_EPOCH + 1);
  const next: ControllerSync = {
    ...sync,
    epoch,
    seq: 1,
    leaderSeq: 1,
    leader: { sender: sync.self, epoch },
    leaderGone: false,
  };
  return { sync: next, outbox: [stateMessage(next)] };
}

/** A controller window opens and takes charge at once: the latest one wins. */
export function startController(self: string, state: SessionState, now: number, above = 0): Step<ControllerSync> {
  const initial: ControllerSync = {
    self,
    epoch: 0,
    seq: 0,
    leader: { sender: self, epoch: 0 },
    leaderSeq: 0,
    state,
    projectors: [],
    leaderGone: false,
  };
  // `above`: an epoch this window claimed before (React may start an effect twice).
  const step = claim(initial, now, above);
  // Ask who is there: a projector answers with hello, so we know the screen is open.
  return { sync: step.sync, outbox: [...step.outbox, { v, kind: 'hello', sender: self, role: 'controller' }] };
}

/** Claim again after another controller took over (or left). */
export function takeOver(sync: ControllerSync, now: number): Step<ControllerSync> {
  return claim(sync, now, Math.max(sync.epoch, sync.leader.epoch));
}

/** A facilitator's action: applied and sent if this controller is in charge, otherwise refused. */
export function controllerAct(
  sync: ControllerSync,
  action: SessionAction,
  cardIds: readonly string[],
): Step<ControllerSync> {
  if (!isInCharge(sync)) return { sync, outbox: [] };
  const state = applySessionAction(sync.state, action, cardIds);
  if (state === sync.state) return { sync, outbox: [] };
  const next: ControllerSync = { ...sync, state, seq: sync.seq + 1, leaderSeq: sync.seq + 1 };
  return { sync: next, outbox: [stateMessage(next)] };
}

/** What a projector key asks for, in the terms of the session. */
export function commandAction(command: FacilitatorCommand, now: number): SessionAction {
  switch (command) {
    case 'next':
      return { type: 'step', by: 1 };
    case 'previous':
      return { type: 'step', by: -1 };
    case 'flip':
      return { type: 'flip' };
    case 'blackout':
      return { type: 'toggleBlackout' };
    case 'timer':
      return { type: 'toggleTimer', now };
  }
}

function withProjector(projectors: readonly string[], id: string, present: boolean): readonly string[] {
  const has = projectors.includes(id);
  if (present) return has ? projectors : [...projectors, id];
  return has ? projectors.filter((p) => p !== id) : projectors;
}

export interface ReceiveContext {
  readonly cardIds: readonly string[];
  readonly now: number;
}

/** A controller hears a message from another window. Its own messages (echoes) change nothing. */
export function controllerReceive(
  sync: ControllerSync,
  message: FacilitatorMessage,
  context: ReceiveContext,
): Step<ControllerSync> {
  if (message.sender === sync.self) return { sync, outbox: [] };
  switch (message.kind) {
    case 'state': {
      const theirs: Claim = { sender: message.sender, epoch: message.epoch };
      if (outranks(theirs, sync.leader)) {
        // Someone claimed later: follow them (and show the room's state), stop sending.
        return {
          sync: { ...sync, leader: theirs, leaderSeq: message.seq, state: message.state, leaderGone: false },
          outbox: [],
        };
      }
      if (sameClaim(theirs, sync.leader)) {
        if (message.seq <= sync.leaderSeq) return { sync, outbox: [] };
        return { sync: { ...sync, leaderSeq: message.seq, state: message.state }, outbox: [] };
      }
      // An outranked controller is still talking: tell it who is in charge.
      return { sync, outbox: isInCharge(sync) ? [stateMessage(sync)] : [] };
    }
    case 'hello': {
      const projectors =
        message.role === 'projector' ? withProjector(sync.projectors, message.sender, true) : sync.projectors;
      const next = projectors === sync.projectors ? sync : { ...sync, projectors };
      // A projector that (re)opens resumes from the current card; a new controller learns who leads.
      return { sync: next, outbox: isInCharge(sync) ? [stateMessage(sync)] : [] };
    }
    case 'bye': {
      if (message.role === 'projector') {
        const projectors = withProjector(sync.projectors, message.sender, false);
        return { sync: projectors === sync.projectors ? sync : { ...sync, projectors }, outbox: [] };
      }
      if (message.sender === sync.leader.sender && !isInCharge(sync))
        return { sync: { ...sync, leaderGone: true }, outbox: [] };
      return { sync, outbox: [] };
    }
    case 'command': {
      // The projector window also says hello when it opens, but a key press proves it is there.
      const projectors = withProjector(sync.projectors, message.sender, true);
      const base = projectors === sync.projectors ? sync : { ...sync, projectors };
      return controllerAct(base, commandAction(message.command, context.now), context.cardIds);
    }
  }
}

/** The state again, for a window that just connected another way (a Presentation API connection). */
export function controllerAnnounce(sync: ControllerSync): readonly FacilitatorMessage[] {
  return isInCharge(sync) ? [stateMessage(sync)] : [];
}

/** The controller window closes: a projector keeps its card, a passive controller learns it may take over. */
export function controllerLeave(sync: ControllerSync): readonly FacilitatorMessage[] {
  return [{ v, kind: 'bye', sender: sync.self, role: 'controller' }];
}

// ---------------------------------------------------------------------------------------------
// Projector

export interface ProjectorSync {
  readonly self: string;
  /** The claim whose updates we show, and its last update applied. */
  readonly leader: (Claim & { readonly seq: number }) | undefined;
  /** Undefined until a controller speaks: the projector says it is waiting. */
  readonly state: SessionState | undefined;
  /** The controller in charge closed; the room keeps the last card until another one speaks. */
  readonly controllerGone: boolean;
}

/** A projector window opens and asks for the current state (this is how reopening resumes). */
export function startProjector(self: string): Step<ProjectorSync> {
  return {
    sync: { self, leader: undefined, state: undefined, controllerGone: false },
    outbox: [{ v, kind: 'hello', sender: self, role: 'projector' }],
  };
}

export function projectorReceive(sync: ProjectorSync, message: FacilitatorMessage): Step<ProjectorSync> {
  if (message.sender === sync.self) return { sync, outbox: [] };
  if (message.kind === 'state') {
    const theirs = { sender: message.sender, epoch: message.epoch, seq: message.seq };
    const leader = sync.leader;
    if (leader === undefined || outranks(theirs, leader)) {
      // A new controller in charge: tell it a projector is here (it counts screens).
      const next: ProjectorSync = { ...sync, leader: theirs, state: message.state, controllerGone: false };
      return {
        sync: next,
        outbox: leader === undefined ? [] : [{ v, kind: 'hello', sender: sync.self, role: 'projector' }],
      };
    }
    if (sameClaim(theirs, leader) && message.seq > leader.seq) {
      return { sync: { ...sync, leader: theirs, state: message.state, controllerGone: false }, outbox: [] };
    }
    return { sync, outbox: [] };
  }
  if (message.kind === 'hello' && message.role === 'controller') {
    // A controller opened after us: let it know the screen is here.
    return { sync, outbox: [{ v, kind: 'hello', sender: sync.self, role: 'projector' }] };
  }
  if (message.kind === 'bye' && message.role === 'controller' && message.sender === sync.leader?.sender) {
    return { sync: { ...sync, controllerGone: true }, outbox: [] };
  }
  return { sync, outbox: [] };
}

/** A key pressed in the projector window, passed on to whichever controller is in charge. */
export function projectorCommand(sync: ProjectorSync, command: FacilitatorCommand): readonly FacilitatorMessage[] {
  return [{ v, kind: 'command', sender: sync.self, command }];
}

export function projectorLeave(sync: ProjectorSync): readonly FacilitatorMessage[] {
  return [{ v, kind: 'bye', sender: sync.self, role: 'projector' }];
}
