// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The walls of the house are kept by ESLint; prove the rules really fire. */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('import walls', () => {
  // The first lint loads the config and the TypeScript resolver: up to a minute on a busy machine,
  // paid here once rather than inside the first test's time.
  beforeAll(
    () => ruleIds('src/domain/probe.ts', "import type { Card } from './card';\nexport type X = Card;\n"),
    120_000,
  );

  it('keeps src/domain pure', async () => {
    const messages = await ruleIds(
      'src/domain/probe.ts',
      "import { useEdition } from '../ui/shared/edition-context';\nexport const x = useEdition;\n",
    );
    expect(messages.join('\n')).toMatch(/import-x\/no-restricted-paths: .*src\/domain is pure/);
  });

  it('lets nothing import src/app', async () => {
    const messages = await ruleIds('src/ui/probe.ts', "import { App } from '../app/app';\nexport const x = App;\n");
    expect(messages.join('\n')).toMatch(/Nothing imports src\/app/);
  });

  it('keeps idb inside src/storage', async () => {
    const outside = await ruleIds('src/ui/probe.ts', "import { openDB } from 'idb';\nexport const x = openDB;\n");
    expect(outside.join('\n')).toMatch(/Only src\/storage imports idb/);
    const inside = await ruleIds('src/storage/probe.ts', "import { openDB } from 'idb';\nexport const x = openDB;\n");
    expect(inside.join('\n')).not.toMatch(/idb/);
  });

  it('keeps Yjs and the Hocuspocus provider inside src/live, and src/live on src/domain', async () => {
    const outside = await ruleIds('src/ui/probe.ts', "import { Doc } from 'yjs';\nexport const x = Doc;\n");
    expect(outside.join('\n')).toMatch(/Only src\/live imports Yjs/);
    const inside = await ruleIds(
      'src/live/probe.ts',
      "import { HocuspocusProvider } from '@hocuspocus/provider';\nexport const x = HocuspocusProvider;\n",
    );
    expect(inside.join('\n')).not.toMatch(/Only src\/live/);
    const wall = await ruleIds(
      'src/live/probe.ts',
      "import { useEdition } from '../ui/shared/edition-context';\nexport const x = useEdition;\n",
    );
    expect(wall.join('\n')).toMatch(/src\/live may import only src\/domain/);
  });

  it('keeps the service worker inside src/pwa', async () => {
    const messages = await ruleIds(
      'src/ui/probe.ts',
      "import { useRegisterSW } from 'virtual:pwa-register/react';\nexport const x = useRegisterSW;\n",
    );
    expect(messages.join('\n')).toMatch(/Only src\/pwa touches the service worker/);
  });

  it('lets src/ui not reach into src/content', async () => {
    const messages = await ruleIds(
      'src/ui/probe.ts',
      "import { loadEdition } from '../content/load-edition';\nexport const x = loadEdition;\n",
    );
    expect(messages.join('\n')).toMatch(/src\/ui imports domain, storage and i18n only/);
  });

  it('lets no ui feature import another, and shared none', async () => {
    const across = await ruleIds(
      'src/ui/deck/probe.ts',
      "import { SearchPage } from '../search/search-page';\nexport const x = SearchPage;\n",
    );
    expect(across.join('\n')).toMatch(/import-x\/no-restricted-paths: .*A ui feature imports only itself/);
    const back = await ruleIds(
      'src/ui/search/probe.ts',
      "import { DeckPage } from '../deck/deck-page';\nexport const x = DeckPage;\n",
    );
    expect(back.join('\n')).toMatch(/A ui feature imports only itself/);
    const shared = await ruleIds(
      'src/ui/shared/probe.ts',
      "import { NotesPage } from '../notes/notes-page';\nexport const x = NotesPage;\n",
    );
    expect(shared.join('\n')).toMatch(/src\/ui\/shared imports no feature/);
    const routing = await ruleIds(
      'src/ui/routing/probe.ts',
      "import { useLang } from '../shared/use-lang';\nexport const x = useLang;\n",
    );
    expect(routing.join('\n')).toMatch(/src\/ui\/routing imports nothing else of src\/ui/);
    const allowed = await ruleIds(
      'src/ui/deck/probe.ts',
      "import { useLang } from '../shared/use-lang';\nimport { Link } from '../routing/link';\nimport { DeckHeading } from './deck-heading';\nexport const x = [useLang, Link, DeckHeading];\n",
    );
    expect(allowed.join('\n')).not.toMatch(/no-restricted-paths/);
  });

  it('asks for import type and named exports', async () => {
    const messages = await ruleIds(
      'src/domain/probe.ts',
      "import { Card } from './card';\nconst c: Card | undefined = undefined;\nexport default c;\n",
    );
    const text = messages.join('\n');
    expect(text).toMatch(/consistent-type-imports/);
    expect(text).toMatch(/no-default-export/);
  });
});
