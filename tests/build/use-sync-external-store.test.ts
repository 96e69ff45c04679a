// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import { useSyncExternalStore as resolvedShim } from '../../scripts/use-sync-external-store-shim';
import config from '../../vite.config';

const SHIM = 'use-sync-external-store/shim';

describe("the build's use-sync-external-store shim", () => {
  it("is React's own hook, not the fallback for React before 18", () => {
    const aliases = (config.resolve?.alias ?? []) as { find: RegExp | string; replacement: string }[];
    const alias = aliases.find(({ find }) => (typeof find === 'string' ? find === SHIM : find.test(SHIM)));
    expect(alias?.replacement).toBe('/scripts/use-sync-external-store-shim.ts');
    expect(resolvedShim).toBe(useSyncExternalStore);
  });

  it('is still what react-i18next imports (else the alias is dead and can go)', () => {
    // The build bundles react-i18next's ES modules (its package.json "module").
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('react-i18next/package.json'));
    const source = readFileSync(resolve(root, 'dist/es/useTranslation.js'), 'utf8');
    expect(source).toContain(`from '${SHIM}'`);
  });
});
