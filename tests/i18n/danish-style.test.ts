import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DA_DIR = resolve(process.cwd(), 'src/i18n/locales/da');

/** Every Danish UI string, as "file:key.path" → text (lazy namespaces included). */
function danishStrings(): Map<string, string> {
  const strings = new Map<string, string>();
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') strings.set(where, value);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
  };
  for (const dir of [DA_DIR, resolve(DA_DIR, 'lazy')]) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      walk(JSON.parse(readFileSync(resolve(dir, file), 'utf8')), file.replace('.json', ''));
    }
  }
  return strings;
}

/** An actor written as a proper noun inside a sentence ("som Lærer om Virksomhed"). */
const ACTOR_MID_SENTENCE = /[\p{L},;–)] +(Elev|Lærer|Virksomhed|Kommune)(en|er|erne|ne|ens|s)?\b/u;

/** Danish quotes are „…“: guillemets, straight or English quotes, or a „ without its “, read as another style. */
const otherQuotes = (text: string): boolean => /[»«"”„“]/.test(text.replace(/„[^„“]*“/g, ''));

/** Fills {{placeholders}} the way the app does for the prep headings (tested with every pair). */
const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

describe('Danish UI strings read as written by a person', () => {
  const strings = danishStrings();

  it('finds the strings it checks', () => {
    expect(strings.size).toBeGreaterThan(200);
    expect(strings.get('prep.cards.own')).toBeDefined();
  });

  it('never capitalises an actor in the middle of a sentence', () => {
    const offenders = [...strings]
      .filter(([, text]) => ACTOR_MID_SENTENCE.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('quotes only with „…“', () => {
    const offenders = [...strings].filter(([, text]) => otherQuotes(text)).map(([where, text]) => `${where}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('writes the prep headings with lower-case actors and the right article for every pair', () => {
    const actors = ['elev', 'laerer', 'virksomhed', 'kommune'];
    const word = (group: string, id: string): string => strings.get(`prep.cards.${group}.${id}`) ?? `?${id}`;
    for (const actor of actors) {
      for (const partner of actors.filter((id) => id !== actor)) {
        const own = fill(strings.get('prep.cards.own') ?? '', {
          actor: word('actorAs', actor),
          partner: word('actorIndefinite', partner),
        });
        const theirs = fill(strings.get('prep.cards.partner') ?? '', {
          actor: word('actorAs', actor),
          partner: word('actorDefinite', partner),
        });
        for (const heading of [own, theirs]) {
          expect(heading).not.toMatch(ACTOR_MID_SENTENCE);
          expect(heading).not.toContain('?');
        }
      }
    }
    expect(
      fill(strings.get('prep.cards.own') ?? '', {
        actor: word('actorAs', 'laerer'),
        partner: word('actorIndefinite', 'virksomhed'),
      }),
    ).toBe('Råd til dig som lærer om samarbejdet med en virksomhed');
  });
});
