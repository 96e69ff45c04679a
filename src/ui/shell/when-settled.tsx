import type { ReactNode } from 'react';
import { usePageSettled } from './use-page-settled';

/**
 * Renders its children only once the page has settled (see whenPageSettled): for extras the first
 * screen does not need. Only this subtree renders again when it appears, not the screen around it.
 */
export function WhenSettled({ children }: { readonly children: ReactNode }) {
  return usePageSettled() ? children : null;
}
