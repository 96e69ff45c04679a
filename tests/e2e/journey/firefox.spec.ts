import { launchFirefox } from './firefox-driver';
import { defineCoreJourney } from './core-journey';
import { defineLiveParticipantJourney } from './live-participant';

defineCoreJourney('firefox', launchFirefox);
defineLiveParticipantJourney('firefox', launchFirefox);
