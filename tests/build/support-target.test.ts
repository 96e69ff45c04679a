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

interface NewerApi {
  readonly api: string;
  /** Where the target lacks it: Safari (iPadOS) first, it is always the oldest engine here. */
  readonly missingIn: string;
  readonly use: RegExp;
  /** The identifier a detection of it names (typeof, `in`, an optional call, a truthiness check). */
  readonly name: string;
}

/*
 * APIs a school iPad on 15.4 may lack (or, like the first three, that the issue names). A file that
 * uses one must detect it; the fallback is the file's business (and its tests').
 */
const NEWER_APIS: readonly NewerApi[] = [
  {
    api: 'BroadcastChannel',
    missingIn: 'Safari < 15.4',
    use: /new\s+[\w.]*BroadcastChannel\(/,
    name: 'BroadcastChannel',
  },
  { api: 'structuredClone', missingIn: 'Safari < 15.4', use: /\bstructuredClone\(/, name: 'structuredClone' },
  {
    api: 'Presentation API',
    missingIn: 'Safari, Firefox',
    use: /\bnew\s+PresentationRequest\(|navigator\.presentation\b/,
    name: 'PresentationRequest|presentation',
  },
  {
    api: 'navigator.storage.persist',
    missingIn: 'Safari < 15.2',
    use: /\.persist(?:ed)?\(\)/,
    name: 'persist|persisted',
  },
  { api: 'requestIdleCallback', missingIn: 'Safari', use: /\brequestIdleCallback\(/, name: 'requestIdleCallback' },
  {
    api: 'CompressionStream',
    missingIn: 'Safari < 16.4',
    use: /new\s+(?:De)?[Cc]ompressionStream\(/,
    name: 'CompressionStream|DecompressionStream',
  },
  {
    api: 'Element.requestFullscreen',
    missingIn: 'Safari < 16.4 (webkit prefix only)',
    use: /\.requestFullscreen\b/,
    name: 'requestFullscreen',
  },
  {
    api: 'Promise.withResolvers',
    missingIn: 'Safari < 17.4',
    use: /\bPromise\.withResolvers\b/,
    name: 'withResolvers',
  },
  { api: 'Object/Map.groupBy', missingIn: 'Safari < 17.4', use: /\b(?:Object|Map)\.groupBy\(/, name: 'groupBy' },
  { api: 'Array.fromAsync', missingIn: 'Safari < 16.4', use: /\bArray\.fromAsync\(/, name: 'fromAsync' },
  {
    api: 'AbortSignal.timeout/any',
    missingIn: 'Safari < 16',
    use: /\bAbortSignal\.(?:timeout|any)\(/,
    name: 'timeout|any',
  },
  {
    api: 'toSorted/toReversed/toSpliced',
    missingIn: 'Safari < 16',
    use: /\.to(?:Sorted|Reversed|Spliced)\(/,
    name: 'toSorted|toReversed|toSpliced',
  },
  {
    api: 'Set methods (union …)',
    missingIn: 'Safari < 17',
    use: /\.(?:union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    name: 'union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom',
  },
  { api: 'Element.checkVisibility', missingIn: 'Safari < 17.4', use: /\.checkVisibility\(/, name: 'checkVisibility' },
  { api: 'HTMLInputElement.showPicker', missingIn: 'Safari < 16', use: /\.showPicker\(/, name: 'showPicker' },
];

/** How far above a use (in lines) its detection may be: the same function, not somewhere in the file. */
const GUARD_REACH_LINES = 12;

/** Detections that name the API: `typeof x.N === 'function'`, `'N' in x`, `x.N?.(`, `if (x.N)`. */
function detections(name: string): RegExp {
  const n = `(?:${name})`;
  return new RegExp(
    [
      String.raw`typeof\s+[\w.?]*\b${n}\s*[!=]==?\s*'(?:function|undefined|object)'`,
      String.raw`'${n}'\s+in\s+[\w.]+`,
      String.raw`\b${n}\?\.\(`,
      String.raw`if\s*\(\s*!?[\w.?]*\b${n}\s*\)`,
    ].join('|'),
    'g',
  );
}

/**
 * The newer APIs a text uses without detecting that same API on the lines just above the use (or
 * in the use itself, as an optional call). A guard for another API, or one further away, does not count.
 */
function unguardedUses(text: string): NewerApi[] {
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  return NEWER_APIS.filter(({ use, name }) => {
    const guards = [...text.matchAll(detections(name))].map((m) => ({ start: m.index, line: lineAt(m.index) }));
    return [...text.matchAll(new RegExp(use.source, 'g'))].some((m) => {
      const line = lineAt(m.index);
      const end = m.index + m[0].length;
      return !guards.some((g) => g.start <= end && line - g.line <= GUARD_REACH_LINES);
    });
  });
}

/*
 * Known and accepted: where the fallback is the platform's own behaviour. Each entry says why.
 */
const ACCEPTED: ReadonlyMap<string, string> = new Map([
  // inert is Safari 15.5: on 15.4 the hidden side of a card is aria-hidden and, once turned away,
  // visibility: hidden (card-view.css), which also takes it out of the tab order.
  [
    'src/ui/shared/card-view.tsx inert',
    'aria-hidden and visibility: hidden after the turn (card-view.css) on Safari 15.4',
  ],
]);

describe('support target', () => {
  it('is one target: package.json browserslist, the build target and the README agree', () => {
    const pkg = JSON.parse(read('package.json')) as { browserslist?: string[] };
    const list = pkg.browserslist ?? [];
    expect(list).toEqual(
      expect.arrayContaining([
        'last 2 Chrome versions',
        'last 2 Edge versions',
        'last 2 Firefox versions',
        'Firefox ESR',
      ]),
    );
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
      for (const { api, missingIn } of unguardedUses(text)) {
        problems.push(`${file}: uses ${api} (missing in ${missingIn}) with no feature detection just above the use`);
      }
      if (/\binert=\{/.test(text) && !ACCEPTED.has(`${relative(ROOT, resolve(ROOT, file))} inert`)) {
        problems.push(`${file}: uses inert (Safari 15.5) without a fallback for 15.4`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the tripwire fires on a use that is not guarded by a detection of that same API', () => {
    const use = 'const channel = new BroadcastChannel("x");';
    const apis = (text: string): string[] => unguardedUses(text).map(({ api }) => api);
    expect(apis(use)).toEqual(['BroadcastChannel']);
    // Some other detection in the file, or the right one far away or after the use, is no guard.
    expect(apis(`const go = window.foo?.();\n${use}`)).toEqual(['BroadcastChannel']);
    expect(apis(`if (typeof CompressionStream === 'function') ${use}`)).toEqual(['BroadcastChannel']);
    expect(apis(`if (typeof BroadcastChannel === 'function') {}\n${'\n'.repeat(GUARD_REACH_LINES)}${use}`)).toEqual([
      'BroadcastChannel',
    ]);
    expect(apis(`${use}\nif (typeof BroadcastChannel === 'function') {}`)).toEqual(['BroadcastChannel']);
    // Guarded at the use: by typeof, by a truthiness check, or as an optional call.
    expect(apis(`if (typeof BroadcastChannel === 'function') ${use}`)).toEqual([]);
    expect(apis(`if (env.BroadcastChannel) {\n  const c = new env.BroadcastChannel("x");\n}`)).toEqual([]);
    expect(apis('void el.requestFullscreen?.();')).toEqual([]);
    expect(apis('void el.requestFullscreen();')).toEqual(['Element.requestFullscreen']);
  });
});
