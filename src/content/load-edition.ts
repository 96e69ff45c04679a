import type { z } from 'zod';
import { ACTOR_IDS } from '../domain/actor.ts';
import type { Actor, Localized } from '../domain/actor.ts';
import type { Card } from '../domain/card';
import type { ActorProfile, CardBlock, Edition } from '../domain/edition';
import type { SourceText } from '../domain/text';
import {
  aboutFileSchema,
  actorFileSchema,
  cardBlockFileSchema,
  editionFileSchema,
  publishedIdsFileSchema,
} from './edition-schema.ts';
import type { ActorFile, CardBlockFile, PassageFile } from './edition-schema.ts';

/** One problem in content/, named by file and field so an editor can find it. */
export interface ContentProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return `  content/${file}${field ? ` › ${field}` : ''}: ${message}`;
}

/** The files of content/, by path relative to content/ (forward slashes). */
export type ContentFiles = Readonly<Record<string, string>>;

const EDITION_FILE = 'edition.json';
const ABOUT_FILE = 'about.json';
const LOCK_FILE = 'published-ids.json';

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/**
 * Validates content/ and turns it into the domain's Edition. Throws a ContentError listing every
 * problem found (not only the first), each with its file and field.
 */
export function loadEdition(files: ContentFiles): Edition {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string): void => {
    problems.push({ file, field, message });
  };

  function parse<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const raw = files[file];
    if (raw === undefined) {
      report(file, '', file === LOCK_FILE ? 'file is missing: run npm run content:lock' : 'file is missing');
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      report(file, '', `malformed JSON (${(error as Error).message})`);
      return undefined;
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const message =
          issue.code === 'invalid_type' && issue.message.includes('received undefined')
            ? 'missing field'
            : issue.message;
        report(file, fieldPath(issue.path), message);
      }
      return undefined;
    }
    return result.data;
  }

  const loc = (l: Localized): Localized => ({ da: l.da, en: l.en });

  function passage(file: string, field: string, p: PassageFile): SourceText {
    let da = p.printed;
    for (const [index, erratum] of (p.errata ?? []).entries()) {
      if (!da.includes(erratum.original)) {
        report(file, `${field}.errata[${index}].original`, `"${erratum.original}" is not in the printed text`);
      }
      da = da.split(erratum.original).join(erratum.corrected);
    }
    return {
      printed: p.printed,
      text: { da, en: p.en },
      errata: (p.errata ?? []).map((e) => ({ original: e.original, corrected: e.corrected, note: loc(e.note) })),
    };
  }

  const passages = (file: string, field: string, list: readonly PassageFile[]): SourceText[] =>
    list.map((p, i) => passage(file, `${field}[${i}]`, p));

  const editionFile = parse(EDITION_FILE, editionFileSchema);
  const aboutFile = parse(ABOUT_FILE, aboutFileSchema);
  const lock = parse(LOCK_FILE, publishedIdsFileSchema);

  const actors: Actor[] = [];
  const profiles: ActorProfile[] = [];
  for (const id of ACTOR_IDS) {
    const file = `actors/${id}.json`;
    const actor: ActorFile | undefined = parse(file, actorFileSchema);
    if (!actor) continue;
    if (actor.id !== id) report(file, 'id', `must be "${id}", the file's name`);
    actors.push({
      id,
      singular: loc(actor.singular),
      plural: loc(actor.plural),
      label: loc(actor.label),
      symbol: actor.symbol,
      color: actor.color,
    });
    profiles.push({
      actor: id,
      sections: actor.sections.map((s, i) => ({
        id: s.id,
        heading: loc(s.editorialHeading),
        paragraphs: passages(file, `sections[${i}].paragraphs`, s.paragraphs),
      })),
      asOtherActor: passages(file, 'asOtherActor.paragraphs', actor.asOtherActor.paragraphs),
    });
  }
  for (const file of Object.keys(files)) {
    if (file.startsWith('actors/') && !ACTOR_IDS.some((id) => file === `actors/${id}.json`)) {
      report(file, '', `unknown actor file (known: ${ACTOR_IDS.join(', ')})`);
    }
  }

  const blockFiles = Object.keys(files)
    .filter((file) => file.startsWith('cards/') && file.endsWith('.json'))
    .sort();
  const parsedBlocks: { file: string; data: CardBlockFile }[] = [];
  for (const file of blockFiles) {
    const data = parse(file, cardBlockFileSchema);
    if (data) parsedBlocks.push({ file, data });
  }
  parsedBlocks.sort((a, b) => a.data.block.order - b.data.block.order);

  const blocks: CardBlock[] = [];
  const cards: Card[] = [];
  const seen = new Map<string, string>();
  const blockIds = new Map<string, string>();
  const blockOrders = new Map<number, string>();
  for (const { file, data } of parsedBlocks) {
    // Two blocks with one id or one position would make the deck's order and source refs ambiguous.
    const sameId = blockIds.get(data.block.id);
    if (sameId) report(file, 'block.id', `duplicate block id "${data.block.id}" (also in content/${sameId})`);
    blockIds.set(data.block.id, file);
    const sameOrder = blockOrders.get(data.block.order);
    if (sameOrder) report(file, 'block.order', `duplicate block order ${data.block.order} (also in content/${sameOrder})`);
    blockOrders.set(data.block.order, file);
    blocks.push({
      id: data.block.id,
      heading: loc(data.block.heading),
      intro: passage(file, 'block.intro', data.block.intro),
    });
    for (const [i, entry] of data.cards.entries()) {
      const field = `cards[${i}]`;
      const earlier = seen.get(entry.id);
      if (earlier) report(file, `${field}.id`, `duplicate id "${entry.id}" (also in content/${earlier})`);
      seen.set(entry.id, file);
      if (entry.from === entry.to) report(file, `${field}.to`, 'a card must go from one actor to another');
      cards.push({
        id: entry.id,
        from: entry.from,
        to: entry.to,
        tip: passage(file, `${field}.tip`, entry.tip),
        title: loc(entry.editorial.title),
        ...(entry.editorial.reflection ? { reflection: loc(entry.editorial.reflection) } : {}),
        // The tip's place under its printed label ("LÆRER", tip 2), as a reader finds it on the page.
        source: {
          block: data.block.id,
          label: entry.label,
          position: data.cards.slice(0, i + 1).filter((c) => c.label === entry.label).length,
        },
        editorialNotes: (entry.notes ?? []).map((n) => ({ id: n.id, kind: n.kind, text: loc(n.text) })),
        status: entry.status ?? 'active',
      });
    }
  }
  if (blockFiles.length === 0) report('cards/', '', 'no card files');

  // A card file that failed to parse has lost all its cards; calling each of them "gone" would
  // bury the real problem under dozens of wrong ones.
  const allCardFilesParsed = parsedBlocks.length === blockFiles.length;
  if (lock) {
    for (const [id, pair] of Object.entries(lock.cards)) {
      const card = cards.find((c) => c.id === id);
      if (!card) {
        if (allCardFilesParsed) report(LOCK_FILE, `cards.${id}`, `published id "${id}" is gone: mark the card "status": "retired" instead of deleting it`);
      } else if (`${card.from}->${card.to}` !== pair) {
        report(LOCK_FILE, `cards.${id}`, `published id "${id}" changed from ${pair} to ${card.from}->${card.to}: give the card a new id`);
      }
    }
    for (const card of cards) {
      if (!(card.id in lock.cards)) {
        report(LOCK_FILE, `cards.${card.id}`, `id "${card.id}" is not published yet: run npm run content:lock`);
      }
    }
  }

  const about: Edition['about'] | undefined = aboutFile && {
    kicker: loc(aboutFile.kicker),
    title: loc(aboutFile.title),
    publisher: aboutFile.publisher,
    date: loc(aboutFile.date),
    email: aboutFile.email,
    web: aboutFile.web,
    introduction: passages(ABOUT_FILE, 'introduction', aboutFile.introduction),
    structure: passages(ABOUT_FILE, 'structure', aboutFile.structure),
    contact: passages(ABOUT_FILE, 'contact', aboutFile.contact),
    purpose: passages(ABOUT_FILE, 'purpose', aboutFile.purpose),
  };

  if (problems.length > 0 || !editionFile || !about) throw new ContentError(problems);

  return {
    version: editionFile.version,
    published: editionFile.published,
    about,
    actors,
    profiles,
    blocks,
    cards,
  };
}
