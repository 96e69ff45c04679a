import { launchChromium } from './chromium-driver';
import { defineCoreJourney } from './core-journey';

defineCoreJourney('chromium', launchChromium);
