import type { Route } from '../ui/routing/route';
import { PrepPage } from '../ui/prep/prep-page';
import { SharedBriefPage } from '../ui/prep/shared-brief-page';
import { PrintPage } from '../ui/print/print-page';

export type PaperRoute = Extract<Route, { readonly name: 'print' | 'prep' | 'sharedBrief' }>;

/**
 * Printing and visit preparation behind one lazy import: the first screen pays for one entry
 * point, not three. Each page loads its own strings.
 */
export function PaperScreen({ route }: { readonly route: PaperRoute }) {
  switch (route.name) {
    case 'print':
      return <PrintPage deck={route.deck} />;
    case 'prep':
      return <PrepPage key={route.briefId ?? ''} briefId={route.briefId} />;
    case 'sharedBrief':
      return <SharedBriefPage />;
  }
}
