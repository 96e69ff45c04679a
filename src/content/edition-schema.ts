import { z } from 'zod';
import { ACTOR_IDS } from '../domain/actor.ts';
import type { Lang } from '../domain/actor.ts';
import { EDITORIAL_NOTE_KINDS } from '../domain/text.ts';

/*
 * The file format of content/. One schema per kind of content file; the loader maps the parsed
 * files to the domain types in src/domain. Every message here is shown to a content editor.
 */

const nonEmpty = (value: string): boolean => value.trim().length > 0;

/*
 * A required string whose absence gets its own message. (`.optional().refine(v => v !==
 * undefined)` does not work for this: zod 4 skips an absent optional key without running the
 * refinement, so a missing translation used to pass.)
 */
const requiredText = (whenMissing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : 'must be a text') })
    .refine(nonEmpty, { message: 'empty text' });

const text = requiredText('missing field');
const translation = (lang: Lang) => requiredText(`missing translation (${lang})`);

/** A text in Danish and English. */
export const localizedSchema = z.strictObject(
  { da: translation('da'), en: translation('en') },
  {
    // Unknown keys keep zod's own message, which names them.
    error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'must be an object {"da": …, "en": …}'),
  },
);

export const erratumSchema = z.strictObject({
  original: text,
  corrected: z.string(),
  note: localizedSchema,
});

/** A passage of the note: the printed Danish wording, its errata and its English translation. */
export const passageSchema = z.strictObject({
  printed: text,
  en: translation('en'),
  errata: z.array(erratumSchema).optional(),
});

export const editorialNoteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a lowercase slug'),
  kind: z.enum(EDITORIAL_NOTE_KINDS, { error: `must be one of ${EDITORIAL_NOTE_KINDS.join(', ')}` }),
  text: localizedSchema,
});

const actorId = z.enum(ACTOR_IDS, {
  error: (issue) => (issue.input === undefined ? 'missing field' : `unknown actor (known: ${ACTOR_IDS.join(', ')})`),
});
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');

export const editionFileSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semver version like 1.0.0'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-26'),
});

export const aboutFileSchema = z.strictObject({
  kicker: localizedSchema,
  title: localizedSchema,
  publisher: text,
  date: localizedSchema,
  email: z.email({ error: 'must be an e-mail address' }),
  web: text,
  introduction: z.array(passageSchema).min(1),
  structure: z.array(passageSchema).min(1),
  contact: z.array(passageSchema).min(1),
  purpose: z.array(passageSchema).min(1),
  /** Printed fragments that are layout, not text (a navigation row, a bare "http://"). */
  layoutFragments: z.array(z.strictObject({ printed: text, why: localizedSchema })).optional(),
});

export const actorFileSchema = z.strictObject({
  id: actorId,
  singular: localizedSchema,
  plural: localizedSchema,
  label: localizedSchema,
  symbol: text,
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour like #1a2b3c'),
  heading: text,
  sections: z
    .array(
      z.strictObject({
        id: slug,
        /** Editorial: the note has no headings inside a profile. */
        editorialHeading: localizedSchema,
        paragraphs: z.array(passageSchema).min(1),
      }),
    )
    .min(1),
  asOtherActor: z.strictObject({ heading: text, paragraphs: z.array(passageSchema).min(1) }),
});

export const cardEntrySchema = z.strictObject({
  id: slug,
  from: actorId,
  to: actorId,
  /** The actor label printed beside the tips, e.g. "LÆRER". */
  label: text,
  tip: passageSchema,
  /** Editorial additions: not the note's words. */
  editorial: z.strictObject({
    title: localizedSchema,
    reflection: localizedSchema.optional(),
  }),
  notes: z.array(editorialNoteSchema).optional(),
  status: z.enum(['active', 'retired']).optional(),
});

export const cardBlockFileSchema = z.strictObject({
  block: z.strictObject({
    id: slug,
    order: z.number().int().min(1),
    heading: localizedSchema,
    intro: passageSchema,
  }),
  cards: z.array(cardEntrySchema).min(1),
});

/** content/published-ids.json: every card id ever published, with the pair it was published for. */
export const publishedIdsFileSchema = z.strictObject({
  cards: z.record(slug, z.string().regex(/^[a-z]+->[a-z]+$/, 'must look like "virksomhed->laerer"')),
});

export type PassageFile = z.infer<typeof passageSchema>;
export type AboutFile = z.infer<typeof aboutFileSchema>;
export type ActorFile = z.infer<typeof actorFileSchema>;
export type CardBlockFile = z.infer<typeof cardBlockFileSchema>;
export type CardEntryFile = z.infer<typeof cardEntrySchema>;
export type EditionFile = z.infer<typeof editionFileSchema>;
export type PublishedIdsFile = z.infer<typeof publishedIdsFileSchema>;
