import { createContext, useContext } from 'react';
import type { Edition } from '../domain/edition';

export const EditionContext = createContext<Edition | null>(null);

/** The content edition, handed in by the composition root. */
export function useEdition(): Edition {
  const edition = useContext(EditionContext);
  if (!edition) throw new Error('useEdition needs an EditionContext provider (src/app).');
  return edition;
}
