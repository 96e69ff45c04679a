import { useCallback } from 'react';
import type { FacilitatorCommand } from '../../domain/facilitator-message';
import { projectorCommand, projectorLeave, projectorReceive, startProjector } from '../../domain/facilitator-sync';
import type { ProjectorSync } from '../../domain/facilitator-sync';
import type { PresentationConnectionLike } from './facilitator-transport';
import { useFacilitatorSync } from './use-facilitator-sync';
import type { FacilitatorRole } from './use-facilitator-sync';
import { windowId } from './window-id';

interface PresentationReceiverLike {
  readonly connectionList: Promise<{
    readonly connections: readonly PresentationConnectionLike[];
    addEventListener(
      type: 'connectionavailable',
      listener: (event: { readonly connection: PresentationConnectionLike }) => void,
    ): void;
  }>;
}

/** Opened by the Presentation API, this page has a receiver whose connections lead to the controller. */
function presentationReceiver(): PresentationReceiverLike | undefined {
  const presentation = (navigator as Navigator & { presentation?: { receiver?: PresentationReceiverLike | null } })
    .presentation;
  return presentation?.receiver ?? undefined;
}

export interface ProjectorSession {
  readonly sync: ProjectorSync;
  /** A key pressed in this window, for the controller in charge. */
  command(command: FacilitatorCommand): void;
}

const projectorRole: FacilitatorRole<ProjectorSync> = {
  start: () => startProjector(windowId()).sync,
  receive: projectorReceive,
  open: ({ current, send, addConnection }) => {
    const hello = (): void => send(startProjector(current().self).outbox);
    hello();
    let live = true;
    void presentationReceiver()
      ?.connectionList.then((list) => {
        if (!live) return;
        for (const connection of list.connections) addConnection(connection, hello);
        list.addEventListener('connectionavailable', (event) => addConnection(event.connection, hello));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  },
  leave: projectorLeave,
};

/**
 * This window as the projector: it asks for the current state when it opens (so reopening it
 * resumes), then shows whatever the controller in charge sends, in order.
 */
export function useProjectorSession(): ProjectorSession {
  const { sync, current, send } = useFacilitatorSync(projectorRole);
  const command = useCallback((c: FacilitatorCommand) => send(projectorCommand(current(), c)), [current, send]);
  return { sync, command };
}
