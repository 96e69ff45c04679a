import type { ContentFiles } from '../../src/content/load-edition';

/*
 * Every text of content/ has an English side: a Localized {da, en} or a passage {printed, en}.
 * The raw files are walked (not the Edition), so texts that never reach the app, like the
 * reasons given for layout fragments, are checked too.
 */

/** Texts that are the same in every language. */
const LANGUAGE_NEUTRAL = /^(\S+@\S+\.\S+|(https?:\/\/|www\.)\S+)$/u;
/** Quoted Danish words are fine in English ("Typo: “fous” corrected…"); Danish letters elsewhere are not. */
const QUOTED = /“[^”]*”|»[^«]*«|"[^"]*"/gu;
const DANISH_LETTERS = /[æøåÆØÅ]/u;
/** Short Danish words that English does not use; two of them in one text mean it was not translated. */
const DANISH_WORDS = new Set(['og', 'det', 'ikke', 'af', 'jeres', 'hvordan', 'hvilke', 'hvad', 'med', 'som', 'kan', 'skal', 'fra', 'der', 'til', 'du', 'din', 'dit', 'har', 'vil', 'ved', 'eller']);

function looksDanish(text: string): boolean {
  const unquoted = text.replace(QUOTED, ' ');
  if (DANISH_LETTERS.test(unquoted)) return true;
  const words = new Set(unquoted.toLowerCase().split(/[^\p{L}]+/u));
  return [...DANISH_WORDS].filter((word) => words.has(word)).length >= 2;
}

export interface EnglishCheck {
  /** How many texts were checked. */
  readonly checked: number;
  /** One line per problem: file › path: what is wrong. */
  readonly problems: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function englishProblems(files: ContentFiles): EnglishCheck {
  const problems: string[] = [];
  let checked = 0;

  const checkPair = (where: string, source: unknown, en: unknown): void => {
    // `where` names the object; its English sits in the field "en".
    checked += 1;
    if (typeof en !== 'string' || en.trim() === '') {
      problems.push(`${where}en: missing or empty`);
      return;
    }
    if (typeof source === 'string' && en.trim() === source.trim() && !LANGUAGE_NEUTRAL.test(source.trim())) {
      problems.push(`${where}en: same as the Danish ("${en}")`);
    }
    if (looksDanish(en)) {
      problems.push(`${where}en: looks Danish ("${en}")`);
    }
  };

  const walk = (file: string, path: string, value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(file, `${path}[${index}]`, item));
      return;
    }
    if (!isRecord(value)) return;
    const where = `content/${file} › ${path ? `${path}.` : ''}`;
    if ('da' in value) checkPair(where, value['da'], value['en']);
    // A passage; layout fragments ({printed, why}) are not translated, their reason is.
    else if ('printed' in value && !('why' in value)) checkPair(where, value['printed'], value['en']);
    for (const [key, child] of Object.entries(value)) walk(file, path ? `${path}.${key}` : key, child);
  };

  for (const [file, raw] of Object.entries(files)) walk(file, '', JSON.parse(raw) as unknown);
  return { checked, problems };
}
