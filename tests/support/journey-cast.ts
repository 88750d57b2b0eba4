/** Who and what the journey's phases (journey-*.ts) share: the people, their pages, the recorder. */
import type { Operator } from './console-flows.ts';
import type { ConsolePage } from './console-page.ts';
import type { ControlPanel } from './control-panel.ts';
import type { JourneyBrowser } from './journey-browser.ts';
import type { Journey } from './scenario.ts';
import type { WidgetVisitor } from './widget-visitor.ts';

export interface JourneyCast {
  journey: Journey;
  /** The browser under test, with the extension: Ada's Control Panel and the console. */
  browser: JourneyBrowser;
  /** Ada's Control Panel in the browser under test. */
  panel: ControlPanel;
  /** The console in the browser under test (Jules's, later Ada's: one sign-in per extension). */
  console: ConsolePage;
  /** The operator Ada adds; the password is the one the Control Panel generated. */
  jules: { email: string; password: string; uid: string };
  /** Nora, in a Chromium of her own. */
  nora: Operator;
  /** A new visitor (own storage) on a page of the demo website, the widget open. */
  newVisitor(path: string): Promise<WidgetVisitor>;
}

export const presenceOf = (uid: string) => `workspaces/demo/presence/${uid}`;
