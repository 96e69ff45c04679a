import 'i18next';
import type { LazyResources } from './lazy-namespaces';
import type { Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources & Omit<LazyResources, '_example'>;
  }
}
