import { useContext, useSyncExternalStore } from 'react';
import { InstallOfferContext } from './install-offer-context';
import { pageInstallOffer } from './install-offer-store';
import type { InstallOffer, InstallOfferStore } from './install-offer-store';

export function useInstallOfferStore(): InstallOfferStore {
  return useContext(InstallOfferContext) ?? pageInstallOffer();
}

export function useInstallOffer(): InstallOffer {
  const store = useInstallOfferStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

export function useGuideOpen(): boolean {
  const store = useInstallOfferStore();
  return useSyncExternalStore(store.subscribe, store.guideOpen, store.guideOpen);
}
