import { describe, expect, it } from 'vitest';
import { PanelRegistry, panelFromModule } from './panel-registry.ts';

const component = () => null;

describe('PanelRegistry', () => {
  it('lists the panels a role may see in navigation order', () => {
    const registry = new PanelRegistry();
    registry.register({ id: 'billing', title: 'Billing', roles: ['admin'], order: 60, component });
    registry.register({
      id: 'profile',
      title: 'Profile',
      roles: ['admin', 'normal'],
      order: 10,
      component,
    });
    registry.register({
      id: 'canned',
      title: 'Canned',
      roles: ['admin', 'normal'],
      order: 50,
      component,
    });
    expect(registry.panelsFor('admin').map((p) => p.id)).toEqual(['profile', 'canned', 'billing']);
    expect(registry.panelsFor('normal').map((p) => p.id)).toEqual(['profile', 'canned']);
  });

  it('lets a later panel with the same id replace the shell one', () => {
    const registry = new PanelRegistry();
    registry.register({ id: 'canned', title: 'Canned (read-only)', roles: ['normal'], component });
    registry.register({
      id: 'canned',
      title: 'Canned responses',
      roles: ['admin', 'normal'],
      component,
    });
    expect(registry.panelsFor('normal')).toHaveLength(1);
    expect(registry.get('canned')?.title).toBe('Canned responses');
  });

  it('refuses a panel without a title', () => {
    expect(() =>
      new PanelRegistry().register({ id: 'x', title: '', roles: [], component }),
    ).toThrow();
  });

  it('reads default or named panel exports and ignores other modules', () => {
    const panel = { id: 'a', title: 'A', roles: ['admin'] as const, component };
    expect(panelFromModule({ default: panel })).toBe(panel);
    expect(panelFromModule({ panel })).toBe(panel);
    expect(panelFromModule({ helper: 1 })).toBeNull();
  });
});
