import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFiles } from '../../src/content/load-edition';
import { readContentDir } from '../../src/content/read-content-dir';

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into an asset URL.
export const CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../content');

/** The real content/ files, as the build reads them. */
export function realContent(): ContentFiles {
  return readContentDir(CONTENT_DIR);
}

/** content/source/notat-2019.txt: the note as extracted from the PDF. */
export function realSeed(): string {
  return readFileSync(resolve(CONTENT_DIR, 'source/notat-2019.txt'), 'utf8');
}

/**
 * A copy of `files` with one JSON file changed by `edit` (which may mutate the parsed value or
 * return a new one). Broken fixtures are built this way, from the real content.
 */
export function editJson(
  files: ContentFiles,
  file: string,
  // The parsed file is untyped JSON; tests reach into it by the shape they know.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  edit: (json: any) => unknown,
): ContentFiles {
  const raw = files[file];
  if (raw === undefined) throw new Error(`no such content file: ${file}`);
  const json: unknown = JSON.parse(raw);
  const result = edit(json);
  return { ...files, [file]: JSON.stringify(result === undefined ? json : result, null, 2) };
}
