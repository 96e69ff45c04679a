import type { i18n } from 'i18next';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../../i18n/lazy-namespaces';

const loading = new WeakMap<i18n, Promise<void>>();

/**
 * The facilitator's strings load with its screens (they are not in the first screen's bundle).
 * Suspends the first time; the route's Suspense boundary shows nothing meanwhile.
 */
export function useFacilitatorStrings(): void {
  const { i18n: instance } = useTranslation();
  let pending = loading.get(instance);
  if (!pending) {
    if (instance.hasResourceBundle(instance.language, 'facilitator')) return;
    pending = loadNamespace(instance, 'facilitator');
    loading.set(instance, pending);
  }
  use(pending);
}
