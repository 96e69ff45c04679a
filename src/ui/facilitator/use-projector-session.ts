import { useCallback, useEffect, useRef, useState } from 'react';
import { parseFacilitatorMessage } from '../../domain/facilitator-message';
import type { FacilitatorCommand, FacilitatorMessage } from '../../domain/facilitator-message';
import { projectorCommand, projectorLeave, projectorReceive, startProjector } from '../../domain/facilitator-sync';
import type { ProjectorSync, Step } from '../../domain/facilitator-sync';
import { openFacilitatorTransport } from './facilitator-transport';
import type { FacilitatorTransport, PresentationConnectionLike } from './facilitator-transport';
import { reportIgnored } from './report-ignored';
import { windowId } from './window-id';

interface PresentationReceiverLike {
  readonly connectionList: Promise<{
    readonly connections: readonly PresentationConnectionLike[];
    addEventListener(type: 'connectionavailable', listener: (event: { readonly connection: PresentationConnectionLike }) => void): void;
  }>;
}

/** Opened by the Presentation API, this page has a receiver whose connections lead to the controller. */
function presentationReceiver(): PresentationReceiverLike | undefined {
  const presentation = (navigator as Navigator & { presentation?: { receiver?: PresentationReceiverLike | null } }).presentation;
  return presentation?.receiver ?? undefined;
}

export interface ProjectorSession {
  readonly sync: ProjectorSync;
  /** A key pressed in this window, for the controller in charge. */
  command(command: FacilitatorCommand): void;
}

/**
 * This window as the projector: it asks for the current state when it opens (so reopening it
 * resumes), then shows whatever the controller in charge sends, in order.
 */
export function useProjectorSession(): ProjectorSession {
  const [sync, setSync] = useState<ProjectorSync>(() => startProjector(windowId()).sync);
  const syncRef = useRef(sync);
  const transportRef = useRef<FacilitatorTransport | undefined>(undefined);

  const send = useCallback((messages: readonly FacilitatorMessage[]) => {
    for (const message of messages) transportRef.current?.post(message);
  }, []);

  const commit = useCallback(
    (step: Step<ProjectorSync>) => {
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
      commit(projectorReceive(syncRef.current, parsed.message));
    });
    transportRef.current = transport;
    const hello = (): void => send(startProjector(syncRef.current.self).outbox);
    hello();
    let live = true;
    void presentationReceiver()
      ?.connectionList.then((list) => {
        if (!live) return;
        for (const connection of list.connections) transport.addConnection(connection, hello);
        list.addEventListener('connectionavailable', (event) => transport.addConnection(event.connection, hello));
      })
      .catch(() => undefined);
    const leave = (): void => send(projectorLeave(syncRef.current));
    window.addEventListener('pagehide', leave);
    return () => {
      live = false;
      window.removeEventListener('pagehide', leave);
      leave();
      transport.close();
      transportRef.current = undefined;
    };
  }, [commit, send]);

  const command = useCallback((c: FacilitatorCommand) => send(projectorCommand(syncRef.current, c)), [send]);

  return { sync, command };
}
