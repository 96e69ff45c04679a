import { useCallback, useEffect, useRef } from 'react';
import type { SessionAction, SessionState } from '../../domain/facilitator-session';
import {
  controllerAct,
  controllerAnnounce,
  controllerLeave,
  controllerReceive,
  startController,
  takeOver as takeOverSync,
} from '../../domain/facilitator-sync';
import type { ControllerSync } from '../../domain/facilitator-sync';
import type { PresentationConnectionLike } from './facilitator-transport';
import { saveSession } from './session-storage';
import { useFacilitatorSync } from './use-facilitator-sync';
import { windowId } from './window-id';

export interface ControllerSession {
  readonly sync: ControllerSync;
  act(action: SessionAction): void;
  /** Claim the screen again after another controller took it. */
  takeOver(): void;
  /** A Presentation API connection to a projector started from this window. */
  attach(connection: PresentationConnectionLike): void;
}

/**
 * This window as the facilitator's controller: it claims the screen when it opens (the latest
 * controller wins), sends every change, answers projectors that (re)open, and follows another
 * controller that claims later. `cardIdsFor` gives the deck of a session, in order.
 */
export function useControllerSession(
  initial: SessionState,
  cardIdsFor: (deck: SessionState['deck']) => readonly string[],
): ControllerSession {
  const cardIdsRef = useRef(cardIdsFor);
  useEffect(() => {
    cardIdsRef.current = cardIdsFor;
  }, [cardIdsFor]);

  const { sync, current, send, commit, addConnection } = useFacilitatorSync<ControllerSync>({
    start: () => startController(windowId(), initial, Date.now()).sync,
    receive: (sync, message) =>
      controllerReceive(sync, message, { cardIds: cardIdsRef.current(sync.state.deck), now: Date.now() }),
    open: (link) => {
      const sync = link.current();
      // Claim above any earlier claim of this window (an effect may run twice in development).
      link.commit(startController(sync.self, sync.state, Date.now(), Math.max(sync.epoch, sync.leader.epoch)));
    },
    leave: controllerLeave,
  });

  useEffect(() => {
    saveSession(sync.state);
  }, [sync.state]);

  const act = useCallback(
    (action: SessionAction) => {
      const sync = current();
      commit(controllerAct(sync, action, cardIdsRef.current(sync.state.deck)));
    },
    [current, commit],
  );

  const takeOver = useCallback(() => commit(takeOverSync(current(), Date.now())), [current, commit]);

  const attach = useCallback(
    (connection: PresentationConnectionLike) => addConnection(connection, () => send(controllerAnnounce(current()))),
    [addConnection, send, current],
  );

  return { sync, act, takeOver, attach };
}
