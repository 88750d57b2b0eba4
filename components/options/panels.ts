import { PanelRegistry, panelFromModule } from './panel-registry.ts';

/**
 * The Control Panel's registry: every components/admin/<feature>/panel.ts[x] found at build time
 * (Vite glob), so a feature plugs in by adding its folder; nothing here needs editing.
 */
export function buildPanelRegistry(): PanelRegistry {
  const registry = new PanelRegistry();
  const discovered = import.meta.glob('../admin/*/panel.{ts,tsx}', { eager: true });
  for (const path of Object.keys(discovered).sort()) {
    const panel = panelFromModule(discovered[path]);
    if (panel) registry.register(panel);
  }
  return registry;
}
