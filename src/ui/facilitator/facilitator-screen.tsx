import type { Route } from '../routing/route';
import { ControllerPage } from './controller-page';
import { ProjectorPage } from './projector-page';

export type FacilitatorRoute = Extract<Route, { readonly name: 'controller' | 'projector' }>;

/**
 * Facilitator mode, one lazy chunk for both windows: the controller (/styr/…) and the room's screen
 * (/skaerm). Not split further: a dynamic import from inside a lazy chunk would list the first
 * screen's inlined stylesheet as a dependency, and that file does not exist offline.
 */
export function FacilitatorScreen({ route }: { readonly route: FacilitatorRoute }) {
  if (route.name === 'projector') return <ProjectorPage />;
  return <ControllerPage from={route.from} to={route.to} cardId={route.cardId} />;
}
