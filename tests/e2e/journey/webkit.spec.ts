import { launchWebKit } from './webkit-driver';
import { defineCoreJourney } from './core-journey';

defineCoreJourney('webkit', launchWebKit);
