import { useCallback, useEffect, useRef, useState } from 'react';
import { parseFacilitatorMessage } from '../../domain/facilitator-message';
import type { FacilitatorMessage } from '../../domain/facilitator-message';
import type { SessionAction, SessionState } from '../../domain/facilitator-session';
import {
  controllerAct,
  controllerAnnounce,
  controllerLeave,
  controllerReceive,
  startController,
  takeOver as takeOverSync,
} from '../../domain/facilitator-sync';
import type { ControllerSync, Step } from '../../domain/facilitator-sync';
import { openFacilitatorTransport } from './facilitator-transport';
import type { FacilitatorTransport, PresentationConnectionLike } from './facilitator-transport';
import { reportIgnored } from './report-ignored';
import { saveSession } from './session-storage';
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
  const [sync, setSync] = useState<ControllerSync>(() => startController(windowId(), initial, Date.now()).sync);
  const syncRef = useRef(sync);
  const transportRef = useRef<FacilitatorTransport | undefined>(undefined);
  const cardIdsRef = useRef(cardIdsFor);
  useEffect(() => {
    cardIdsRef.current = cardIdsFor;
  }, [cardIdsFor]);

  const send = useCallback((messages: readonly FacilitatorMessage[]) => {
    for (const message of messages) transportRef.current?.post(message);
  }, []);

  const commit = useCallback(
    (step: Step<ControllerSync>) => {
      syncRef.current = step.sync;
      setSync(step.sync);
      send(step.outbox);
    },
    [send],
  );

  useEffect(() => {
    const transport = openFacilitatorTransport((data) => {
      const parsed = parseFacilitatorMessage(data);
      if (!parsed.ok) {
        reportIgnored(parsed.reason, data);
        return;
      }
      const current = syncRef.current;
      commit(controllerReceive(current, parsed.message, { cardIds: cardIdsRef.current(current.state.deck), now: Date.now() }));
    });
    transportRef.current = transport;
    const current = syncRef.current;
    // Claim above any earlier claim of this window (an effect may run twice in development).
    commit(startController(current.self, current.state, Date.now(), Math.max(current.epoch, current.leader.epoch)));
    const leave = (): void => send(controllerLeave(syncRef.current));
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      transport.close();
      transportRef.current = undefined;
    };
  }, [commit, send]);

  useEffect(() => {
    saveSession(sync.state);
  }, [sync.state]);

  const act = useCallback(
    (action: SessionAction) => {
      const current = syncRef.current;
      commit(controllerAct(current, action, cardIdsRef.current(current.state.deck)));
    },
    [commit],
  );

  const takeOver = useCallback(() => commit(takeOverSync(syncRef.current, Date.now())), [commit]);

  const attach = useCallback(
    (connection: PresentationConnectionLike) => {
      transportRef.current?.addConnection(connection, () => send(controllerAnnounce(syncRef.current)));
    },
    [send],
  );

  return { sync, act, takeOver, attach };
}
