import { describe, expect, it } from 'vitest';
import type { FacilitatorMessage } from '../../src/domain/facilitator-message';
import { newSession } from '../../src/domain/facilitator-session';
import type { SessionAction, SessionState } from '../../src/domain/facilitator-session';
import {
  controllerAct,
  controllerLeave,
  controllerReceive,
  isInCharge,
  outranks,
  projectorCommand,
  projectorLeave,
  projectorReceive,
  startController,
  startProjector,
  takeOver,
} from '../../src/domain/facilitator-sync';
import type { ControllerSync, ProjectorSync, Step } from '../../src/domain/facilitator-sync';

const DECK = ['lv-1', 'lv-2', 'lv-3', 'lv-4'];
const state = (cardId = 'lv-1'): SessionState => newSession({ from: 'laerer', to: 'virksomhed' }, cardId, 'da');

/**
 * Windows on one BroadcastChannel: a message reaches every other window, in order, unless a test
 * holds it back to deliver it late.
 */
class Room {
  now = 1_000_000;
  private readonly controllers = new Map<string, ControllerSync>();
  private readonly projectors = new Map<string, ProjectorSync>();
  readonly sent: FacilitatorMessage[] = [];

  openController(id: string, initial = state()): void {
    const step = startController(id, initial, this.now);
    this.controllers.set(id, step.sync);
    this.send(step.outbox);
  }

  openProjector(id: string): void {
    const step = startProjector(id);
    this.projectors.set(id, step.sync);
    this.send(step.outbox);
  }

  act(id: string, action: SessionAction): void {
    this.stepController(id, (sync) => controllerAct(sync, action, DECK));
  }

  takeOver(id: string): void {
    this.stepController(id, (sync) => takeOver(sync, this.now));
  }

  close(id: string): void {
    const controller = this.controllers.get(id);
    const projector = this.projectors.get(id);
    this.controllers.delete(id);
    this.projectors.delete(id);
    if (controller) this.send(controllerLeave(controller));
    if (projector) this.send(projectorLeave(projector));
  }

  press(projectorId: string, command: Parameters<typeof projectorCommand>[1]): void {
    this.send(projectorCommand(this.projector(projectorId), command));
  }

  controller(id: string): ControllerSync {
    const sync = this.controllers.get(id);
    if (!sync) throw new Error(`no controller ${id}`);
    return sync;
  }

  projector(id: string): ProjectorSync {
    const sync = this.projectors.get(id);
    if (!sync) throw new Error(`no projector ${id}`);
    return sync;
  }

  /** Delivers to every window but the sender (BroadcastChannel does not echo). */
  send(messages: readonly FacilitatorMessage[]): void {
    for (const message of messages) {
      this.sent.push(message);
      for (const [id, sync] of [...this.controllers]) {
        if (id === message.sender || !this.controllers.has(id)) continue;
        this.stepController(id, () => controllerReceive(sync, message, { cardIds: DECK, now: this.now }));
      }
      for (const [id, sync] of [...this.projectors]) {
        if (id === message.sender || !this.projectors.has(id)) continue;
        const step = projectorReceive(this.projectors.get(id) ?? sync, message);
        this.projectors.set(id, step.sync);
        this.send(step.outbox);
      }
    }
  }

  private stepController(id: string, fn: (sync: ControllerSync) => Step<ControllerSync>): void {
    const step = fn(this.controller(id));
    this.controllers.set(id, step.sync);
    this.send(step.outbox);
  }
}

describe('facilitator sync', () => {
  it('a projector opened alone waits; the controller that opens later fills it', () => {
    const room = new Room();
    room.openProjector('p');
    expect(room.projector('p').state).toBeUndefined();
    room.openController('c', state('lv-2'));
    expect(room.projector('p').state?.cardId).toBe('lv-2');
    // The controller knows a screen is open, though the screen was there first.
    expect(room.controller('c').projectors).toEqual(['p']);
  });

  it('navigation, flips and blackout reach the projector', () => {
    const room = new Room();
    room.openController('c');
    room.openProjector('p');
    room.act('c', { type: 'step', by: 1 });
    room.act('c', { type: 'flip' });
    expect(room.projector('p').state).toMatchObject({ cardId: 'lv-2', side: 'back', blackout: false });
    room.act('c', { type: 'toggleBlackout' });
    expect(room.projector('p').state?.blackout).toBe(true);
    room.act('c', { type: 'show', cardId: 'lv-4' });
    expect(room.projector('p').state).toMatchObject({ cardId: 'lv-4', side: 'face', blackout: true });
  });

  it('ignores updates that arrive late or twice (ordering)', () => {
    const c0 = startController('c', state(), 10).sync;
    const s1 = controllerAct(c0, { type: 'step', by: 1 }, DECK);
    const s2 = controllerAct(s1.sync, { type: 'step', by: 1 }, DECK);
    const [m0] = startController('c', state(), 10).outbox;
    const [m1] = s1.outbox;
    const [m2] = s2.outbox;
    if (!m0 || !m1 || !m2) throw new Error('controller sent nothing');
    let p = startProjector('p').sync;
    p = projectorReceive(p, m0).sync;
    p = projectorReceive(p, m2).sync;
    expect(p.state?.cardId).toBe('lv-3');
    // The older update and a duplicate come in after the newer one: nothing moves back.
    p = projectorReceive(p, m1).sync;
    p = projectorReceive(p, m2).sync;
    p = projectorReceive(p, m0).sync;
    expect(p.state?.cardId).toBe('lv-3');
    expect(p.leader?.seq).toBe(m2.kind === 'state' ? m2.seq : -1);
  });

  it('closing and reopening the projector resumes the current card, side and blackout', () => {
    const room = new Room();
    room.openController('c');
    room.openProjector('p1');
    room.act('c', { type: 'step', by: 1 });
    room.act('c', { type: 'flip' });
    room.close('p1');
    expect(room.controller('c').projectors).toEqual([]);
    room.act('c', { type: 'step', by: 1 });
    room.act('c', { type: 'setSide', side: 'back' });
    room.act('c', { type: 'toggleBlackout' });
    room.openProjector('p2');
    expect(room.projector('p2').state).toMatchObject({ cardId: 'lv-3', side: 'back', blackout: true });
    expect(room.controller('c').projectors).toEqual(['p2']);
  });

  it('two controllers do not fight: the latest wins and the other follows and knows it', () => {
    const room = new Room();
    room.openController('a');
    room.openProjector('p');
    room.act('a', { type: 'step', by: 1 });
    room.now += 5_000;
    room.openController('b', state('lv-4'));
    expect(isInCharge(room.controller('b'))).toBe(true);
    expect(isInCharge(room.controller('a'))).toBe(false);
    expect(room.controller('a').leader.sender).toBe('b');
    expect(room.projector('p').state?.cardId).toBe('lv-4');
    // The passive controller shows what the room sees, and its buttons send nothing.
    expect(room.controller('a').state.cardId).toBe('lv-4');
    const before = room.sent.length;
    room.act('a', { type: 'step', by: -1 });
    expect(room.sent.length).toBe(before);
    expect(room.projector('p').state?.cardId).toBe('lv-4');
    room.act('b', { type: 'step', by: -1 });
    expect(room.projector('p').state?.cardId).toBe('lv-3');
    expect(room.controller('a').state.cardId).toBe('lv-3');
  });

  it('taking over makes the other controller follow, from the card the room is on', () => {
    const room = new Room();
    room.openController('a');
    room.openProjector('p');
    room.now += 1;
    room.openController('b');
    room.act('b', { type: 'step', by: 1 });
    // Same millisecond as b's claim: taking over still outranks it.
    room.takeOver('a');
    expect(isInCharge(room.controller('a'))).toBe(true);
    expect(isInCharge(room.controller('b'))).toBe(false);
    expect(room.projector('p').state?.cardId).toBe('lv-2');
    room.act('a', { type: 'step', by: 1 });
    expect(room.projector('p').state?.cardId).toBe('lv-3');
    expect(room.controller('b').state.cardId).toBe('lv-3');
  });

  it('settles two controllers that claim in the same millisecond on the same one, everywhere', () => {
    const a = startController('aaa', state('lv-1'), 42);
    const b = startController('bbb', state('lv-2'), 42);
    expect(outranks(b.sync.leader, a.sync.leader)).toBe(true);
    const [aState] = a.outbox;
    const [bState] = b.outbox;
    if (!aState || !bState) throw new Error('no claims');
    // Each hears the other's claim, in either order.
    const aAfter = controllerReceive(a.sync, bState, { cardIds: DECK, now: 42 });
    const bAfter = controllerReceive(b.sync, aState, { cardIds: DECK, now: 42 });
    expect(isInCharge(aAfter.sync)).toBe(false);
    expect(isInCharge(bAfter.sync)).toBe(true);
    // b answers the outranked claim, so a learns even if it missed b's first message.
    expect(bAfter.outbox).toEqual([expect.objectContaining({ kind: 'state', sender: 'bbb' })]);
    let p = startProjector('p').sync;
    p = projectorReceive(p, bState).sync;
    p = projectorReceive(p, aState).sync;
    expect(p.state?.cardId).toBe('lv-2');
  });

  it('a controller that was taken over learns when the other closes, and may take over again', () => {
    const room = new Room();
    room.openController('a');
    room.openProjector('p');
    room.now += 1;
    room.openController('b');
    room.act('b', { type: 'step', by: 1 });
    room.close('b');
    expect(room.controller('a').leaderGone).toBe(true);
    expect(room.projector('p').controllerGone).toBe(true);
    // The room keeps the last card meanwhile.
    expect(room.projector('p').state?.cardId).toBe('lv-2');
    room.takeOver('a');
    expect(room.controller('a').leaderGone).toBe(false);
    expect(room.projector('p').controllerGone).toBe(false);
    room.act('a', { type: 'step', by: 1 });
    expect(room.projector('p').state?.cardId).toBe('lv-3');
  });

  it('a key pressed in the projector window moves the controller in charge', () => {
    const room = new Room();
    room.openController('c');
    room.openProjector('p');
    room.press('p', 'next');
    room.press('p', 'flip');
    room.press('p', 'blackout');
    expect(room.controller('c').state).toMatchObject({ cardId: 'lv-2', side: 'back', blackout: true });
    expect(room.projector('p').state).toMatchObject({ cardId: 'lv-2', side: 'back', blackout: true });
    room.press('p', 'timer');
    expect(room.controller('c').state.timer.runningSince).toBe(room.now);
    room.press('p', 'previous');
    expect(room.projector('p').state?.cardId).toBe('lv-1');
  });

  it('ignores its own echoes and messages meant for the other role', () => {
    const start = startController('c', state(), 5);
    const [own] = start.outbox;
    if (!own) throw new Error('no claim');
    expect(controllerReceive(start.sync, own, { cardIds: DECK, now: 5 }).sync).toBe(start.sync);
    const p = startProjector('p').sync;
    expect(projectorReceive(p, { v: 1, kind: 'command', sender: 'x', command: 'next' }).sync).toBe(p);
    expect(projectorReceive(p, { v: 1, kind: 'hello', sender: 'x', role: 'projector' }).outbox).toEqual([]);
  });
});
