import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEdition } from '../../src/content/load-edition';
import { readContentDir } from '../../src/content/read-content-dir';
import { splitEdition } from '../../src/domain/split-edition';
import type { Edition } from '../../src/domain/edition';
import { createEditionSource } from '../../src/ui/shared/edition-context';
import type { EditionSource } from '../../src/ui/shared/edition-context';

/** The published edition in content/, loaded as the build loads it. */
export const edition: Edition = loadEdition(
  readContentDir(resolve(dirname(fileURLToPath(import.meta.url)), '../../content')),
);

/** An edition as the app receives it, with its cards at hand (no waiting in tests unless asked). */
export function editionSourceFor(content: Edition, cards?: Promise<Edition['cards']>): EditionSource {
  const split = splitEdition(content);
  return createEditionSource(split.core, cards ?? split.cards);
}
