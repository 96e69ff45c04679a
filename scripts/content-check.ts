import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Edition } from '../src/domain/edition';
import type { SourceText } from '../src/domain/text';
import { ContentError, loadEdition } from '../src/content/load-edition';
import { readContentDir } from '../src/content/read-content-dir';

/** Every passage of the note in an edition, wherever it sits. */
function sourceTexts(edition: Edition): SourceText[] {
  const { about } = edition;
  return [
    ...about.introduction,
    ...about.structure,
    ...about.contact,
    ...about.purpose,
    ...edition.profiles.flatMap((profile) => [
      ...profile.sections.flatMap((section) => section.paragraphs),
      ...profile.asOtherActor,
    ]),
    ...edition.blocks.map((block) => block.intro),
    ...edition.cards.map((card) => card.tip),
  ];
}

export function summarizeEdition(edition: Edition): string {
  const active = edition.cards.filter((card) => card.status === 'active').length;
  const notes = edition.cards.flatMap((card) => card.editorialNotes);
  const byKind = new Map<string, number>();
  for (const note of notes) byKind.set(note.kind, (byKind.get(note.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, count]) => `${kind} ${count}`).join(', ');
  const errata = sourceTexts(edition).reduce((sum, text) => sum + text.errata.length, 0);
  return [
    `Content edition ${edition.version} (published ${edition.published}): OK`,
    `  actors: ${edition.actors.length} (${edition.actors.map((actor) => actor.id).join(', ')})`,
    `  blocks: ${edition.blocks.length}`,
    `  cards: ${edition.cards.length} (${active} active, ${edition.cards.length - active} retired)`,
    `  errata: ${errata}`,
    `  editorial notes: ${notes.length}${kinds ? ` (${kinds})` : ''}`,
  ].join('\n');
}

export interface CheckResult {
  readonly ok: boolean;
  /** The summary when ok, otherwise the problems, one line per file › field. */
  readonly output: string;
}

export function checkContent(contentDir: string): CheckResult {
  try {
    return { ok: true, output: summarizeEdition(loadEdition(readContentDir(contentDir))) };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, output: error.message };
    throw error;
  }
}

function main(): void {
  const result = checkContent(resolve(process.cwd(), 'content'));
  if (result.ok) console.log(result.output);
  else console.error(result.output);
  process.exitCode = result.ok ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
