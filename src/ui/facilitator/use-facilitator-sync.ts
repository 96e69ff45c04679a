import { useCallback, useEffect, useRef, useState } from 'react';
import { parseFacilitatorMessage } from '../../domain/facilitator-message';
import type { FacilitatorMessage } from '../../domain/facilitator-message';
import type { Step } from '../../domain/facilitator-sync';
import { openFacilitatorTransport } from './facilitator-transport';
import type { FacilitatorTransport, PresentationConnectionLike } from './facilitator-transport';
import { reportIgnored } from './report-ignored';

/** What a window's role can do with its session while the transport is open. */
export interface FacilitatorLink<S> {
  /** The latest sync: a step committed in this event is already here, before React renders it. */
  current(): S;
  send(messages: readonly FacilitatorMessage[]): void;
  /** Makes a step this window's sync and sends its outbox. */
  commit(step: Step<S>): void;
  /** A Presentation API connection; `onConnect` runs whenever it (re)connects. Dropped while closed. */
  addConnection(connection: PresentationConnectionLike, onConnect: () => void): void;
}

/** Where the controller and the projector differ; the domain's facilitator-sync decides each step. */
export interface FacilitatorRole<S> {
  /** This window's sync on the first render. */
  start(): S;
  /** The step for a valid message from another window. */
  receive(current: S, message: FacilitatorMessage): Step<S>;
  /** Runs once the transport is open (claim the screen, say hello); may return what to undo at close. */
  open(link: FacilitatorLink<S>): (() => void) | void;
  /** What to tell the other windows when this one goes (page hidden for good, or unmounted). */
  leave(current: S): readonly FacilitatorMessage[];
}

/**
 * One window's side of a facilitator session: it opens the transport, drops what does not parse,
 * feeds the rest to the role, sends every step's outbox in order, and says goodbye on pagehide
 * and on unmount. The role may be a new object each render: the latest one is used.
 */
export function useFacilitatorSync<S>(role: FacilitatorRole<S>): FacilitatorLink<S> & { readonly sync: S } {
  const [sync, setSync] = useState<S>(() => role.start());
  // A step's sync is read again before React renders it (several messages in one task).
  const syncRef = useRef(sync);
  const transportRef = useRef<FacilitatorTransport | undefined>(undefined);
  const roleRef = useRef(role);
  useEffect(() => {
    roleRef.current = role;
  }, [role]);

  const current = useCallback(() => syncRef.current, []);

  const send = useCallback((messages: readonly FacilitatorMessage[]) => {
    for (const message of messages) transportRef.current?.post(message);
  }, []);

  const commit = useCallback(
    (step: Step<S>) => {
      syncRef.current = step.sync;
      setSync(step.sync);
      send(step.outbox);
    },
    [send],
  );

  const addConnection = useCallback((connection: PresentationConnectionLike, onConnect: () => void) => {
    transportRef.current?.addConnection(connection, onConnect);
  }, []);

  useEffect(() => {
    const transport = openFacilitatorTransport((data) => {
      const parsed = parseFacilitatorMessage(data);
      if (!parsed.ok) {
        reportIgnored(parsed.reason, data);
        return;
      }
      commit(roleRef.current.receive(syncRef.current, parsed.message));
    });
    transportRef.current = transport;
    const undoOpen = roleRef.current.open({ current, send, commit, addConnection });
    const leave = (): void => send(roleRef.current.leave(syncRef.current));
    window.addEventListener('pagehide', leave);
    return () => {
      undoOpen?.();
      window.removeEventListener('pagehide', leave);
      leave();
      transport.close();
      transportRef.current = undefined;
    };
  }, [current, send, commit, addConnection]);

  return { sync, current, send, commit, addConnection };
}
