import { launchFirefox } from './firefox-driver';
import { defineCoreJourney } from './core-journey';

defineCoreJourney('firefox', launchFirefox);
