// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The walls of the house are kept by ESLint; prove the rules really fire. */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('import walls', () => {
  it('keeps src/domain pure', async () => {
    const messages = await ruleIds('src/domain/probe.ts', "import { useEdition } from '../ui/edition-context';\nexport const x = useEdition;\n");
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
    const inside = await ruleIds('src/live/probe.ts', "import { HocuspocusProvider } from '@hocuspocus/provider';\nexport const x = HocuspocusProvider;\n");
    expect(inside.join('\n')).not.toMatch(/Only src\/live/);
    const wall = await ruleIds('src/live/probe.ts', "import { useEdition } from '../ui/edition-context';\nexport const x = useEdition;\n");
    expect(wall.join('\n')).toMatch(/src\/live may import only src\/domain/);
  });

  it('keeps the service worker inside src/pwa', async () => {
    const messages = await ruleIds('src/ui/probe.ts', "import { useRegisterSW } from 'virtual:pwa-register/react';\nexport const x = useRegisterSW;\n");
    expect(messages.join('\n')).toMatch(/Only src\/pwa touches the service worker/);
  });

  it('lets src/ui not reach into src/content', async () => {
    const messages = await ruleIds('src/ui/probe.ts', "import { loadEdition } from '../content/load-edition';\nexport const x = loadEdition;\n");
    expect(messages.join('\n')).toMatch(/src\/ui imports domain, storage and i18n only/);
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
