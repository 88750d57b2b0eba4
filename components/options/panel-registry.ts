import type { ComponentType } from 'preact';
import type { OperatorRole, OperatorSession } from '../../utils/data/session.ts';

export interface ControlPanelProps {
  operator: OperatorSession;
}

/**
 * One panel of the Control Panel (options page). The shell owns sign-in and Connection;
 * feature panels (components/admin/<feature>/panel.ts[x], default export) plug in here by role
 * without touching the shell. A panel registered later with the same id replaces the earlier one.
 */
export interface ControlPanelDefinition {
  /** unique, also the URL hash (#operators) */
  id: string;
  /** navigation label and the panel's heading */
  title: string;
  /** roles that see the panel; the rules refuse the data to others anyway */
  roles: readonly OperatorRole[];
  /** position in the navigation, lower first (profile 10, canned responses 50; Connection is last) */
  order?: number;
  component: ComponentType<ControlPanelProps>;
}

export class PanelRegistry {
  readonly #panels = new Map<string, ControlPanelDefinition>();

  register(panel: ControlPanelDefinition): void {
    if (!panel.id || !panel.title || !panel.component) {
      throw new Error(`Control panel "${panel.id}" needs an id, a title and a component.`);
    }
    this.#panels.set(panel.id, panel);
  }

  /** The panels a role sees, in navigation order. */
  panelsFor(role: OperatorRole): ControlPanelDefinition[] {
    return [...this.#panels.values()]
      .filter((panel) => panel.roles.includes(role))
      .sort((a, b) => (a.order ?? 500) - (b.order ?? 500) || a.title.localeCompare(b.title));
  }

  get(id: string): ControlPanelDefinition | undefined {
    return this.#panels.get(id);
  }
}

/** Accepts a module's default export or a named `panel` export. */
export function panelFromModule(module: unknown): ControlPanelDefinition | null {
  if (!module || typeof module !== 'object') return null;
  const record = module as { default?: unknown; panel?: unknown };
  const candidate = (record.default ?? record.panel) as ControlPanelDefinition | undefined;
  return candidate && typeof candidate === 'object' && 'id' in candidate ? candidate : null;
}
