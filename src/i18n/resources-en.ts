import enActors from './locales/en/actors.json';
import enCommon from './locales/en/common.json';
import enStart from './locales/en/start.json';
import type { ResourcesShape } from './resources';

/** English UI strings: a chunk of its own, loaded when English is chosen. */
export const en = { common: enCommon, start: enStart, actors: enActors } as const satisfies ResourcesShape;
