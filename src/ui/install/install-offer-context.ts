import { createContext } from 'react';
import type { InstallOfferStore } from './install-offer-store';

/**
 * Tests provide a store on a fake device; the app provides none and uses the page's. Its own tiny
 * module: the menu item on the first screen reads it without loading the store.
 */
export const InstallOfferContext = createContext<InstallOfferStore | null>(null);

/** The menu item's id: a guide closes back to it. */
export const INSTALL_MENU_ITEM_ID = 'install-menu-item';
