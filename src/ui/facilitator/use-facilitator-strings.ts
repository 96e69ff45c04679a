import { useLazyNamespace } from '../../i18n/use-lazy-namespace';

/**
 * The facilitator's strings load with its screens (they are not in the first screen's bundle).
 * Suspends the first time; the route's Suspense boundary shows nothing meanwhile.
 */
export function useFacilitatorStrings(): void {
  useLazyNamespace('facilitator');
}
