/**
 * Synthetic content editions for tests and benchmarks only: they never ship.
 *
 *   npx tsx scripts/generate-edition.ts <cards> <outDir>    e.g. 10000 /tmp/samarbejdskort-bench/content-10000
 *
 * Writes a complete content folder (edition.json, about.json, actors/*.json, cards/*.json,
 * published-ids.json) that passes loadEdition, so `vite build` can serve it like the real one
 * (SAMARBEJDSKORT_CONTENT_DIR=<outDir>). The cards are made of the note's own words in both
 * languages, with the lengths of the note's cards (titles, tips, reflections), spread over every
 * pair; the same count and seed always give the same edition. The profiles and about text are
 * the real ones.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACTOR_IDS } from '../src/domain/actor';
import type { ActorId, Lang } from '../src/domain/actor';
import { seededRandom } from '../src/domain/shuffle';
import type { ContentFiles } from '../src/content/load-edition';
import { loadEdition } from '../src/content/load-edition';
import { readContentDir } from '../src/content/read-content-dir';
import type { CardBlockFile, CardEntryFile } from '../src/content/edition-schema';

const REAL_CONTENT = resolve(import.meta.dirname, '..', 'content');

interface Shape {
  readonly title: number;
  readonly tip: number;
  readonly reflection: number;
}

/** The note's words (with their frequency) and the lengths of its cards, to imitate. */
interface Corpus {
  readonly words: Record<Lang, readonly string[]>;
  readonly shapes: readonly Shape[];
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
const countWords = (text: string | undefined): number => (text ? wordsOf(text).length : 0);

function corpusOf(files: ContentFiles): Corpus {
  const edition = loadEdition(files);
  const words: Record<Lang, string[]> = { da: [], en: [] };
  const add = (lang: Lang, text: string): void => {
    for (const word of wordsOf(text)) words[lang].push(word.toLowerCase());
  };
  for (const card of edition.cards) {
    for (const lang of ['da', 'en'] as const) {
      add(lang, card.title[lang]);
      add(lang, card.tip.text[lang]);
      if (card.reflection) add(lang, card.reflection[lang]);
    }
  }
  for (const profile of edition.profiles) {
    for (const section of profile.sections)
      for (const p of section.paragraphs) for (const lang of ['da', 'en'] as const) add(lang, p.text[lang]);
  }
  const shapes = edition.cards.map((card) => ({
    title: countWords(card.title.da),
    tip: countWords(card.tip.text.da),
    reflection: countWords(card.reflection?.da),
  }));
  return { words, shapes };
}

function sentence(words: readonly string[], count: number, random: () => number, end: string): string {
  const picked = Array.from({ length: Math.max(1, count) }, () => words[Math.floor(random() * words.length)] as string);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
}

/** Lengths vary a little around the note's own, so the synthetic cards are not all alike. */
function jitter(n: number, random: () => number): number {
  return Math.max(1, Math.round(n * (0.75 + random() * 0.5)));
}

const PAIRS: readonly (readonly [ActorId, ActorId])[] = ACTOR_IDS.flatMap((from) =>
  ACTOR_IDS.filter((to) => to !== from).map((to) => [from, to] as const),
);

/** The files of a synthetic edition with `cardCount` cards. */
export function generateContentFiles(
  cardCount: number,
  { seed = 'samarbejdskort', base = readContentDir(REAL_CONTENT) } = {},
): ContentFiles {
  const random = seededRandom(`${seed}-${cardCount}`);
  const corpus = corpusOf(base);
  const labels = Object.fromEntries(
    ACTOR_IDS.map((id) => [id, (JSON.parse(base[`actors/${id}.json`] ?? '{}') as { label: { da: string } }).label.da]),
  ) as Record<ActorId, string>;

  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(base)) {
    if (path === 'edition.json' || path === 'about.json' || path.startsWith('actors/')) files[path] = text;
  }
  files['edition.json'] = JSON.stringify({ version: '9.0.0', published: '2026-11-26' });

  const blocks = new Map<ActorId, CardEntryFile[]>(ACTOR_IDS.map((id) => [id, []]));
  const published: Record<string, string> = {};
  for (let i = 0; i < cardCount; i += 1) {
    const [from, to] = PAIRS[i % PAIRS.length] as readonly [ActorId, ActorId];
    const shape = corpus.shapes[Math.floor(random() * corpus.shapes.length)] as Shape;
    const id = `${from}-${to}-syntetisk-${i + 1}`;
    const text = (lang: Lang, n: number, end: string) => sentence(corpus.words[lang], jitter(n, random), random, end);
    const printed = text('da', shape.tip, '.');
    (blocks.get(from) as CardEntryFile[]).push({
      id,
      from,
      to,
      label: labels[to],
      tip: { printed, en: text('en', shape.tip, '.') },
      editorial: {
        title: { da: text('da', shape.title, ''), en: text('en', shape.title, '') },
        ...(shape.reflection > 0
          ? { reflection: { da: text('da', shape.reflection, '?'), en: text('en', shape.reflection, '?') } }
          : {}),
      },
    });
    published[id] = `${from}->${to}`;
  }
  for (const [order, from] of ACTOR_IDS.entries()) {
    const cards = blocks.get(from) ?? [];
    if (cards.length === 0) continue;
    const block: CardBlockFile = {
      block: {
        id: `syntetisk-${from}`,
        order: order + 1,
        heading: { da: `Syntetiske kort fra ${labels[from].toLowerCase()}`, en: `Synthetic cards from ${from}` },
        intro: { printed: 'Syntetiske kort til test og måling.', en: 'Synthetic cards for tests and benchmarks.' },
      },
      cards,
    };
    files[`cards/syntetisk-${from}.json`] = JSON.stringify(block);
  }
  files['published-ids.json'] = JSON.stringify({ cards: published });
  return files;
}

/** Writes the files into `dir`, replacing whatever was there. */
export function writeContentDir(dir: string, files: ContentFiles): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    const file = resolve(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** Note texts of plausible length (a few words to a few sentences) in Danish, one per card id. */
export function generateNoteTexts(
  cardIds: readonly string[],
  { seed = 'noter', base = readContentDir(REAL_CONTENT) } = {},
): { cardId: string; text: string }[] {
  const random = seededRandom(`${seed}-${cardIds.length}`);
  const { words } = corpusOf(base);
  return cardIds.map((cardId) => ({ cardId, text: sentence(words.da, 3 + Math.floor(random() * 40), random, '.') }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const count = Number(process.argv[2]);
  const outDir = process.argv[3];
  if (!Number.isInteger(count) || count < 1 || !outDir) {
    console.error('usage: tsx scripts/generate-edition.ts <cards> <outDir>');
    process.exit(1);
  }
  const files = generateContentFiles(count);
  // Fails loudly (file and field) if the generator ever drifts from the content format.
  loadEdition(files);
  writeContentDir(resolve(outDir), files);
  console.log(`generate-edition: ${count} cards in ${resolve(outDir)}`);
}
