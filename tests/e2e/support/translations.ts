import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './preview-server';

export type Lang = 'da' | 'en';

type Tree = { readonly [key: string]: string | Tree };

const localesDir = resolve(PROJECT_ROOT, 'src', 'i18n', 'locales');

function load(lang: Lang, namespace: string): Tree {
  return JSON.parse(readFileSync(resolve(localesDir, lang, `${namespace}.json`), 'utf8')) as Tree;
}

/** Every namespace file of a language, as a path under its folder: the first screen's and lazy/'s. */
function namespaces(): string[] {
  const daDir = resolve(localesDir, 'da');
  const jsonIn = (dir: string, prefix: string): string[] =>
    readdirSync(resolve(daDir, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${prefix}${f.slice(0, -5)}`);
  return [...jsonIn('.', ''), ...jsonIn('lazy', 'lazy/')];
}

function findKey(tree: Tree, danish: string, path: string[] = []): string[] | undefined {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      if (value === danish) return [...path, key];
    } else {
      const found = findKey(value, danish, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The UI contract names things in Danish; this gives the same string in `lang` by finding the key
 * whose Danish value is exactly `danish` in the app's own locale files (any namespace, lazy or not). So the specs
 * speak the contract and still drive the English UI without copying its wording.
 */
export function uiText(lang: Lang, danish: string): string {
  if (lang === 'da') return danish;
  for (const namespace of namespaces()) {
    const key = findKey(load('da', namespace), danish);
    if (!key) continue;
    let node: string | Tree | undefined = load(lang, namespace);
    for (const part of key) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`${lang}/${namespace}.json lacks ${key.join('.')}`);
    return node;
  }
  throw new Error(`No key in src/i18n/locales/da/*.json has the value "${danish}"`);
}
