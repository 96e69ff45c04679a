import { launchWebKit } from './webkit-driver';
import { defineCoreJourney } from './core-journey';
import { defineLiveParticipantJourney } from './live-participant';

defineCoreJourney('webkit', launchWebKit);
defineLiveParticipantJourney('webkit', launchWebKit);
