import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cardBlockFileSchema, publishedIdsFileSchema } from '../src/content/edition-schema';
import type { ContentFiles } from '../src/content/load-edition';
import { readContentDir } from '../src/content/read-content-dir';

/*
 * Records every card id in content/published-ids.json with the pair it was published for.
 * Personal notes are keyed by card id, so the lock only ever grows: an id is never removed and
 * its pair never rewritten (content:check then fails and asks for a new id or "retired").
 */

const LOCK_FILE = 'published-ids.json';

export interface PublishedIdsUpdate {
  /** The lock to write: earlier entries in their order, then new ids in the note's order. */
  readonly cards: Readonly<Record<string, string>>;
  readonly added: readonly string[];
  /** Published ids whose card now has another pair; left as they were. */
  readonly moved: readonly string[];
  /** Files that could not be read; nothing should be written while there are any. */
  readonly problems: readonly string[];
}

function parseJson(file: string, raw: string, problems: string[]): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    problems.push(`content/${file}: malformed JSON (${(error as Error).message})`);
    return undefined;
  }
}

export function updatePublishedIds(files: ContentFiles): PublishedIdsUpdate {
  const problems: string[] = [];

  let published: Record<string, string> = {};
  const rawLock = files[LOCK_FILE];
  if (rawLock !== undefined) {
    const parsed = publishedIdsFileSchema.safeParse(parseJson(LOCK_FILE, rawLock, problems));
    if (parsed.success) published = parsed.data.cards;
    else problems.push(`content/${LOCK_FILE}: not a valid lock file; fix it by hand before locking`);
  }

  const blocks: { order: number; cards: { id: string; pair: string }[] }[] = [];
  for (const file of Object.keys(files)
    .filter((f) => f.startsWith('cards/') && f.endsWith('.json'))
    .sort()) {
    const parsed = cardBlockFileSchema.safeParse(parseJson(file, files[file] ?? '', problems));
    if (!parsed.success) {
      problems.push(`content/${file}: invalid card file; run npm run content:check for details`);
      continue;
    }
    blocks.push({
      order: parsed.data.block.order,
      cards: parsed.data.cards.map((card) => ({ id: card.id, pair: `${card.from}->${card.to}` })),
    });
  }
  blocks.sort((a, b) => a.order - b.order);

  const cards: Record<string, string> = { ...published };
  const added: string[] = [];
  const moved: string[] = [];
  for (const { id, pair } of blocks.flatMap((block) => block.cards)) {
    const earlier = published[id];
    if (earlier === undefined) {
      if (!(id in cards)) added.push(id);
      cards[id] = pair;
    } else if (earlier !== pair) {
      moved.push(`${id}: published as ${earlier}, now ${pair}`);
    }
  }
  return { cards, added, moved, problems };
}

function main(): void {
  const contentDir = resolve(process.cwd(), 'content');
  const update = updatePublishedIds(readContentDir(contentDir));
  if (update.problems.length > 0) {
    console.error(`content:lock wrote nothing:\n${update.problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(resolve(contentDir, LOCK_FILE), `${JSON.stringify({ cards: update.cards }, null, 2)}\n`);
  const total = Object.keys(update.cards).length;
  console.log(
    `content/${LOCK_FILE}: ${total} published ids` +
      (update.added.length > 0 ? `, added ${update.added.length}: ${update.added.join(', ')}` : ', nothing new'),
  );
  if (update.moved.length > 0) {
    console.warn(
      `These published ids now belong to another pair; give those cards new ids (content:check fails until then):\n` +
        update.moved.map((m) => `  ${m}`).join('\n'),
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
