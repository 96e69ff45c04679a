import type { ContentFiles } from '../../src/content/load-edition';

/*
 * Compares the note as extracted from the PDF (content/source/notat-2019.txt) with the
 * `printed` texts of content/, both ways: nothing of the note is left out, and nothing printed
 * is reworded. Only the PDF's noise is undone before comparing (line breaks, end-of-line
 * hyphenation, runs of white space, actor labels set vertically one or two letters a line).
 */

export interface Fragment {
  /** "heading": a line in capitals, matched case-insensitively against headings and labels. */
  readonly kind: 'heading' | 'sentence';
  readonly text: string;
}

/** One to three capitals alone on a line: a piece of a label printed vertically (LÆ / R / ER). */
const LABEL_PIECE = /^\p{Lu}{1,3}$/u;
/** A line with capitals and no small letters: a heading, a label or the navigation row. */
const HEADING_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const isBlank = (line: string): boolean => /^\s*$/u.test(line);

/**
 * Joins the lines of a passage as the PDF's layout broke them: "sko-\nler" becomes "skoler",
 * while a hyphen followed by a space before the break is a real one ("skole- \nvirksomhed" becomes
 * "skole-virksomhed"), and "og/\neller" becomes "og/eller". White space collapses to one space.
 */
export function joinLines(text: string): string {
  return text
    .replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1')
    .replace(/(\p{L})-[^\S\n]+\n\s*(?=\p{Ll})/gu, '$1-')
    .replace(/\/\n/g, '/')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Splits running text after . ! or ? when the next word starts with a capital. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.length > 0);
}

/** The note cut into headings and sentences, in the note's order. */
export function seedFragments(seed: string): Fragment[] {
  const fragments: Fragment[] = [];
  let paragraph: string[] = [];
  let label = '';

  const flushLabel = (): void => {
    if (label) fragments.push({ kind: 'heading', text: label });
    label = '';
  };
  const flushParagraph = (): void => {
    // A paragraph may start with its heading line ("ELEVER" above the first sentence).
    let run: string[] = [];
    let runIsHeading = false;
    const flushRun = (): void => {
      if (run.length === 0) return;
      const text = joinLines(run.join('\n'));
      if (runIsHeading) fragments.push({ kind: 'heading', text });
      else for (const sentence of splitSentences(text)) fragments.push({ kind: 'sentence', text: sentence });
      run = [];
    };
    for (const line of paragraph) {
      const heading = HEADING_LINE.test(line);
      if (run.length > 0 && heading !== runIsHeading) flushRun();
      runIsHeading = heading;
      run.push(line);
    }
    flushRun();
    paragraph = [];
  };

  for (const rawLine of seed.split('\n')) {
    const line = rawLine.trim();
    if (isBlank(rawLine)) {
      // A vertical label runs on across blank lines; a paragraph does not.
      flushParagraph();
    } else if (LABEL_PIECE.test(line)) {
      flushParagraph();
      label += line;
    } else {
      flushLabel();
      paragraph.push(rawLine);
    }
  }
  flushParagraph();
  flushLabel();
  return fragments;
}

export interface PrintedCorpus {
  /** Every `printed` passage and layout fragment: sentences must be found inside one of them. */
  readonly passages: readonly string[];
  /** Headings, labels and titles: a heading fragment must equal one of them (ignoring case). */
  readonly headings: readonly string[];
  /** Printed words in capitals (actor headings, card labels), kept as printed. */
  readonly printedHeadings: readonly string[];
  /** Every erratum's `original`, with the file it is in. */
  readonly errata: readonly { readonly file: string; readonly original: string }[];
  /** Each card block, in order: its intro and tips, and the labels printed beside them. */
  readonly blocks: readonly CorpusBlock[];
}

export interface CorpusBlock {
  readonly id: string;
  readonly order: number;
  readonly passages: readonly string[];
  readonly labels: readonly string[];
}

interface PassageJson {
  printed: string;
  errata?: { original: string }[];
}
interface LocalizedJson {
  da: string;
}
interface AboutJson {
  kicker: LocalizedJson;
  title: LocalizedJson;
  introduction: PassageJson[];
  structure: PassageJson[];
  contact: PassageJson[];
  purpose: PassageJson[];
  layoutFragments?: { printed: string }[];
}
interface ActorJson {
  heading: string;
  sections: { paragraphs: PassageJson[] }[];
  asOtherActor: { heading: string; paragraphs: PassageJson[] };
}
interface CardBlockJson {
  block: { id: string; order: number; heading: LocalizedJson; intro: PassageJson };
  cards: { label: string; tip: PassageJson }[];
}

/** Collects what content/ says was printed. Reads the raw files: layout fragments and headings never reach the Edition. */
export function printedCorpus(files: ContentFiles): PrintedCorpus {
  const passages: string[] = [];
  const headings: string[] = [];
  const printedHeadings: string[] = [];
  const errata: { file: string; original: string }[] = [];
  const blocks: CorpusBlock[] = [];
  const addPassages = (file: string, list: readonly PassageJson[]): void => {
    for (const p of list) {
      passages.push(p.printed);
      for (const e of p.errata ?? []) errata.push({ file, original: e.original });
    }
  };
  const read = <T>(file: string): T => JSON.parse(files[file] ?? 'null') as T;

  for (const file of Object.keys(files).sort()) {
    if (file === 'about.json') {
      const about = read<AboutJson>(file);
      headings.push(about.kicker.da, about.title.da);
      for (const list of [about.introduction, about.structure, about.contact, about.purpose]) addPassages(file, list);
      for (const fragment of about.layoutFragments ?? []) {
        passages.push(fragment.printed);
        headings.push(fragment.printed);
        printedHeadings.push(fragment.printed);
      }
    } else if (file.startsWith('actors/')) {
      const actor = read<ActorJson>(file);
      headings.push(actor.heading, actor.asOtherActor.heading);
      printedHeadings.push(actor.heading, actor.asOtherActor.heading);
      for (const section of actor.sections) addPassages(file, section.paragraphs);
      addPassages(file, actor.asOtherActor.paragraphs);
    } else if (file.startsWith('cards/')) {
      const block = read<CardBlockJson>(file);
      headings.push(block.block.heading.da);
      addPassages(file, [block.block.intro]);
      for (const card of block.cards) {
        headings.push(card.label);
        printedHeadings.push(card.label);
        addPassages(file, [card.tip]);
      }
      blocks.push({
        id: block.block.id,
        order: block.block.order,
        passages: [block.block.intro.printed, ...block.cards.map((card) => card.tip.printed)],
        labels: block.cards.map((card) => card.label),
      });
    }
  }
  blocks.sort((a, b) => a.order - b.order);
  return { passages, headings, printedHeadings, errata, blocks };
}

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The note's fragments that no printed text of content/ contains. */
export function uncoveredFragments(fragments: readonly Fragment[], corpus: PrintedCorpus): string[] {
  const passages = corpus.passages.map(squash);
  const headings = new Set(corpus.headings.map((h) => squash(h).toLocaleLowerCase('da')));
  return fragments
    .filter((fragment) =>
      fragment.kind === 'heading'
        ? !headings.has(fragment.text.toLocaleLowerCase('da'))
        : !passages.some((passage) => passage.includes(fragment.text)),
    )
    .map((fragment) => fragment.text);
}

/** A printed page of collaboration cards starts with this heading ("SAMARBEJDSKORT TIL …"). */
const BLOCK_HEADING = /^SAMARBEJDSKORT\b/u;

/**
 * Tips and labels of each printed card page that are not in the content block at the same
 * position. Stricter than uncoveredFragments: the same tip printed on two pages must be a card
 * in both blocks. The purpose text, printed on every card page, counts as part of each page.
 */
export function misplacedInBlocks(fragments: readonly Fragment[], corpus: PrintedCorpus, purpose: readonly string[]): string[] {
  const problems: string[] = [];
  let index = -1;
  for (const fragment of fragments) {
    if (fragment.kind === 'heading' && BLOCK_HEADING.test(fragment.text)) {
      index += 1;
      if (!corpus.blocks[index]) problems.push(`printed card page ${index + 1} (${fragment.text}) has no block`);
      continue;
    }
    const block = corpus.blocks[index];
    if (!block) continue;
    const found =
      fragment.kind === 'heading'
        ? block.labels.some((label) => squash(label).toLocaleLowerCase('da') === fragment.text.toLocaleLowerCase('da'))
        : [...block.passages, ...purpose].some((passage) => squash(passage).includes(fragment.text));
    if (!found) problems.push(`${block.id}: ${fragment.text}`);
  }
  return problems;
}

export interface SeedCoverage {
  /** Headings and sentences of the note missing from content/. */
  readonly uncovered: readonly string[];
  /** Printed texts of content/ that are not the note's words verbatim. */
  readonly notVerbatim: readonly string[];
  /** Tips and labels of a printed card page missing from the block at its position. */
  readonly misplaced: readonly string[];
  /** Errata whose original is not in the note at all. */
  readonly errataNotInSeed: readonly string[];
}

export function seedCoverage(seed: string, files: ContentFiles): SeedCoverage {
  const fragments = seedFragments(seed);
  const corpus = printedCorpus(files);
  const stream = joinLines(seed);
  const headingFragments = new Set(fragments.filter((f) => f.kind === 'heading').map((f) => f.text));
  const about = JSON.parse(files['about.json'] ?? '{"purpose": []}') as { purpose: PassageJson[] };
  return {
    uncovered: uncoveredFragments(fragments, corpus),
    misplaced: misplacedInBlocks(fragments, corpus, about.purpose.map((p) => p.printed)),
    notVerbatim: [
      ...corpus.passages.filter((p) => !stream.includes(squash(p))),
      ...corpus.printedHeadings.filter((h) => !headingFragments.has(squash(h)) && !stream.includes(squash(h))),
    ],
    errataNotInSeed: corpus.errata
      .filter((e) => !stream.includes(e.original))
      .map((e) => `content/${e.file}: "${e.original}"`),
  };
}
