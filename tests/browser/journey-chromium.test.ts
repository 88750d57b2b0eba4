/**
 * The full journey (tests/support/journey.ts) in Chromium: the Control Panel, the console, the
 * widget on the demo website, History, URL routing and off-line mail, one user flow end to end.
 */
import { describeJourney } from '../support/journey.ts';

describeJourney('chromium');
