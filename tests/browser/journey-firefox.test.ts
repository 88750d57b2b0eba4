/**
 * The full journey (tests/support/journey.ts) in Firefox ESR: the Control Panel, the console (the
 * sidebar build's page), the widget on the demo website, History, URL routing and off-line mail,
 * one user flow end to end; notifications, badge and idle through the add-on's own API.
 */
import { describeJourney } from '../support/journey.ts';

describeJourney('firefox');
