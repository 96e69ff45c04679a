import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The support target, kept in one piece: last two Chrome, Edge and Firefox (and Firefox ESR),
 * Safari and iPadOS 15.4 or later. The build lowers syntax to it (vite.config.ts build.target);
 * APIs newer than it must be feature-detected with a fallback. This file is the tripwire.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Some sign of feature detection in the file: typeof checks, `in` checks, optional calls. */
const DETECTS = /typeof\s+[\w.?]+\s*[!=]==?\s*'(?:function|undefined|object)'|'\w+'\s+in\s+[\w.]+|\w\?\.\(/;

interface NewerApi {
  readonly api: string;
  /** Where the target lacks it: Safari (iPadOS) first, it is always the oldest engine here. */
  readonly missingIn: string;
  readonly use: RegExp;
}

/*
 * APIs a school iPad on 15.4 may lack (or, like the first three, that the issue names). A file that
 * uses one must detect it; the fallback is the file's business (and its tests').
 */
const NEWER_APIS: readonly NewerApi[] = [
  { api: 'BroadcastChannel', missingIn: 'Safari < 15.4', use: /new\s+[\w.]*BroadcastChannel\(/ },
  { api: 'structuredClone', missingIn: 'Safari < 15.4', use: /\bstructuredClone\(/ },
  { api: 'Presentation API', missingIn: 'Safari, Firefox', use: /PresentationRequest|navigator\.presentation\b/ },
  { api: 'navigator.storage.persist', missingIn: 'Safari < 15.2', use: /\.persist(?:ed)?\(\)/ },
  { api: 'requestIdleCallback', missingIn: 'Safari', use: /\brequestIdleCallback\(/ },
  { api: 'CompressionStream', missingIn: 'Safari < 16.4', use: /new\s+(?:De)?[Cc]ompressionStream\(/ },
  { api: 'Element.requestFullscreen', missingIn: 'Safari < 16.4 (webkit prefix only)', use: /\.requestFullscreen\b/ },
  { api: 'Promise.withResolvers', missingIn: 'Safari < 17.4', use: /\bPromise\.withResolvers\b/ },
  { api: 'Object/Map.groupBy', missingIn: 'Safari < 17.4', use: /\b(?:Object|Map)\.groupBy\(/ },
  { api: 'Array.fromAsync', missingIn: 'Safari < 16.4', use: /\bArray\.fromAsync\(/ },
  { api: 'AbortSignal.timeout/any', missingIn: 'Safari < 16', use: /\bAbortSignal\.(?:timeout|any)\(/ },
  { api: 'toSorted/toReversed/toSpliced', missingIn: 'Safari < 16', use: /\.to(?:Sorted|Reversed|Spliced)\(/ },
  { api: 'Set methods (union …)', missingIn: 'Safari < 17', use: /\.(?:union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/ },
  { api: 'Element.checkVisibility', missingIn: 'Safari < 17.4', use: /\.checkVisibility\(/ },
  { api: 'HTMLInputElement.showPicker', missingIn: 'Safari < 16', use: /\.showPicker\(/ },
];

/*
 * Known and accepted: where the fallback is the platform's own behaviour. Each entry says why.
 */
const ACCEPTED: ReadonlyMap<string, string> = new Map([
  // inert is Safari 15.5: on 15.4 the hidden side of a card is aria-hidden and, once turned away,
  // visibility: hidden (card-view.css), which also takes it out of the tab order.
  ['src/ui/shared/card-view.tsx inert', 'aria-hidden and visibility: hidden after the turn (card-view.css) on Safari 15.4'],
]);

describe('support target', () => {
  it('is one target: package.json browserslist, the build target and the README agree', () => {
    const pkg = JSON.parse(read('package.json')) as { browserslist?: string[] };
    const list = pkg.browserslist ?? [];
    expect(list).toEqual(expect.arrayContaining(['last 2 Chrome versions', 'last 2 Edge versions', 'last 2 Firefox versions', 'Firefox ESR']));
    const safari = list.map((q) => /^Safari >= ([\d.]+)$/.exec(q)?.[1]).find(Boolean);
    const ios = list.map((q) => /^iOS >= ([\d.]+)$/.exec(q)?.[1]).find(Boolean);
    expect(safari).toBeDefined();
    expect(ios).toBe(safari);

    const target = /\btarget:\s*\[([^\]]*)\]/.exec(read('vite.config.ts'))?.[1] ?? '';
    expect(target).toContain(`'safari${safari}'`);
    expect(target).toContain(`'es2022'`);

    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Supported browsers'));
    expect(section).toContain(`Safari and iPadOS ${safari} or later`);
  });

  it('feature-detects every API newer than the target', () => {
    const problems: string[] = [];
    for (const file of sourceFiles('src')) {
      const text = read(file);
      for (const { api, missingIn, use } of NEWER_APIS) {
        if (use.test(text) && !DETECTS.test(text)) problems.push(`${file}: uses ${api} (missing in ${missingIn}) with no feature detection`);
      }
      if (/\binert=\{/.test(text) && !ACCEPTED.has(`${relative(ROOT, resolve(ROOT, file))} inert`)) {
        problems.push(`${file}: uses inert (Safari 15.5) without a fallback for 15.4`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the tripwire fires on an undetected newer API', () => {
    const sample = 'const channel = new BroadcastChannel("x");';
    const hit = NEWER_APIS.find(({ use }) => use.test(sample));
    expect(hit?.api).toBe('BroadcastChannel');
    expect(DETECTS.test(sample)).toBe(false);
    expect(DETECTS.test(`if (typeof BroadcastChannel === 'function') ${sample}`)).toBe(true);
  });
});
