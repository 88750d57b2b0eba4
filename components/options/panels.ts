import { PanelRegistry, panelFromModule } from './panel-registry.ts';
import { SHELL_PANELS } from './shell-panels.ts';

/**
 * The Control Panel's registry: the shell's panels first, then every
 * components/admin/<feature>/panel.ts[x] found at build time (Vite glob), so an admin feature
 * plugs in by adding its folder; nothing here needs editing.
 */
export function buildPanelRegistry(): PanelRegistry {
  const registry = new PanelRegistry();
  for (const panel of SHELL_PANELS) registry.register(panel);
  const discovered = import.meta.glob('../admin/*/panel.{ts,tsx}', { eager: true });
  for (const path of Object.keys(discovered).sort()) {
    const panel = panelFromModule(discovered[path]);
    if (panel) registry.register(panel);
  }
  return registry;
}
