import daActors from './locales/da/actors.json';
import daCommon from './locales/da/common.json';
import daStart from './locales/da/start.json';

/**
 * UI strings, one JSON file per language and namespace (content texts live in content/).
 * Danish is the source language: its files define the typed keys, ship in the entry chunk and
 * English must have exactly the same keys (tests/i18n). English loads on demand (precached, so
 * offline too): a Danish first visit does not pay for it.
 */
export const da = { common: daCommon, start: daStart, actors: daActors } as const;

export type Resources = typeof da;
export type ResourcesShape = { readonly [Ns in keyof Resources]: Record<string, unknown> };

export const NAMESPACES = ['common', 'start', 'actors'] as const satisfies readonly (keyof Resources)[];
export type Namespace = (typeof NAMESPACES)[number];
