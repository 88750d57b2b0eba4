import { describe, expect, it } from 'vitest';
import { deployTarget } from './target.ts';

const none = { argv: [], env: {}, firebaserc: null };

describe('deployTarget', () => {
  it('stops with a clear message when no project is configured', () => {
    const target = deployTarget(none);
    expect(target.ok).toBe(false);
    if (!target.ok) {
      expect(target.message).toMatch(/No Firebase project is configured/);
      expect(target.message).toMatch(/npm run deploy -- --project <your-project-id>/);
    }
  });

  it("refuses the local stack's demo- project (the repository's .firebaserc default)", () => {
    const target = deployTarget({
      ...none,
      firebaserc: '{ "projects": { "default": "demo-parley" } }',
    });
    expect(target).toMatchObject({ ok: false });
    if (!target.ok) expect(target.message).toMatch(/emulator-only/);
  });

  it('takes --project, then PARLEY_FIREBASE_PROJECT, then .firebaserc', () => {
    const rc = '{ "projects": { "default": "acme-from-rc" } }';
    expect(deployTarget({ ...none, firebaserc: rc })).toEqual({
      ok: true,
      projectId: 'acme-from-rc',
    });
    expect(
      deployTarget({ argv: [], env: { PARLEY_FIREBASE_PROJECT: 'acme-env' }, firebaserc: rc }),
    ).toEqual({ ok: true, projectId: 'acme-env' });
    expect(deployTarget({ argv: ['--project', 'acme-chat'], env: {}, firebaserc: rc })).toEqual({
      ok: true,
      projectId: 'acme-chat',
    });
    expect(deployTarget({ ...none, argv: ['-P=acme-chat2'] })).toEqual({
      ok: true,
      projectId: 'acme-chat2',
    });
  });

  it('refuses something that is not a project id', () => {
    expect(deployTarget({ ...none, argv: ['--project', 'Acme Chat!'] }).ok).toBe(false);
  });
});
