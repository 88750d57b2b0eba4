import { describe, expect, it } from 'vitest';
import { readConfig, splitHostPort } from './config.ts';

describe('readConfig', () => {
  it('defaults to the local stack of docs/architecture.md', () => {
    expect(readConfig({ workspace: 'demo' })).toEqual({
      workspaceId: 'demo',
      title: '',
      firebase: { apiKey: 'demo-api-key', projectId: 'demo-parley' },
      region: 'us-central1',
      emulators: {
        auth: '127.0.0.1:9099',
        firestore: '127.0.0.1:8080',
        functions: '127.0.0.1:5001',
      },
    });
  });

  it('takes every emulator address from the data attributes', () => {
    const config = readConfig({
      workspace: 'demo',
      projectId: 'demo-other',
      authEmulator: '127.0.0.1:4001',
      firestoreEmulator: 'localhost:4002',
      functionsEmulator: '[::1]:4003',
    });
    expect(config.firebase.projectId).toBe('demo-other');
    expect(config.emulators).toEqual({
      auth: '127.0.0.1:4001',
      firestore: 'localhost:4002',
      functions: '[::1]:4003',
    });
  });

  it('uses one emulator host with the default ports', () => {
    expect(readConfig({ workspace: 'w', emulatorHost: '10.0.0.5' }).emulators).toEqual({
      auth: '10.0.0.5:9099',
      firestore: '10.0.0.5:8080',
      functions: '10.0.0.5:5001',
    });
  });

  it('talks to production Firebase for a real project, unless told otherwise', () => {
    const production = readConfig({
      workspace: 'acme',
      apiKey: 'AIza-real',
      projectId: 'acme-chat',
      authDomain: 'acme-chat.firebaseapp.com',
      appId: '1:2:web:3',
      region: 'europe-west1',
      title: 'Talk to Acme',
    });
    expect(production.emulators).toBeNull();
    expect(production.firebase).toEqual({
      apiKey: 'AIza-real',
      projectId: 'acme-chat',
      authDomain: 'acme-chat.firebaseapp.com',
      appId: '1:2:web:3',
    });
    expect(production.region).toBe('europe-west1');
    expect(production.title).toBe('Talk to Acme');
    expect(readConfig({ workspace: 'demo', emulators: 'off' }).emulators).toBeNull();
    expect(
      readConfig({ workspace: 'x', projectId: 'real', emulators: 'on' }).emulators,
    ).not.toBeNull();
  });

  it('refuses a tag without a workspace', () => {
    expect(() => readConfig({})).toThrow(/data-workspace/);
  });
});

describe('splitHostPort', () => {
  it('splits IPv4, names and bracketed IPv6', () => {
    expect(splitHostPort('127.0.0.1:8080')).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(splitHostPort('localhost:1')).toEqual({ host: 'localhost', port: 1 });
    expect(splitHostPort('[::1]:5001')).toEqual({ host: '::1', port: 5001 });
    expect(() => splitHostPort('nohost')).toThrow(/host:port/);
  });
});
