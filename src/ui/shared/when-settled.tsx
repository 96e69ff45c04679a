import type { ReactNode } from 'react';
import { usePageSettled } from './use-page-settled';

/**
 * Renders its children only once the page has settled (see whenPageSettled): for extras the first
 * screen does not need. Only this subtree renders again when it appears, not the screen around it.
 */
export function WhenSettled({ children, now = false }: { readonly children: ReactNode; readonly now?: boolean }) {
  // `now`: needed for the first screen after all (the caller says when), so no waiting.
  const settled = usePageSettled();
  return settled || now ? children : null;
}
