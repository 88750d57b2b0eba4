/**
 * The widget calls its callables over fetch (widget/src/data/callables.ts), not through
 * firebase/functions: the same protocol against the real Functions emulator, answers and
 * refusals alike, with the visitor's ID token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CallableCredentials,
  CallableError,
  callOverFetch,
} from '../../../widget/src/data/callables.ts';
import {
  admin,
  closeClients,
  makeWorkspace,
  signedIn,
  stack,
  type TestWorkspace,
} from './support.ts';

let team: TestWorkspace;

beforeAll(async () => {
  team = await makeWorkspace({ operators: [{ key: 'nora' }] });
});
afterAll(closeClients);

async function visitorCredentials(): Promise<CallableCredentials> {
  const visitor = await signedIn();
  return {
    url: (name) => `http://${stack.functionsHost}/${stack.projectId}/us-central1/${name}`,
    idToken: async () => (await visitor.auth.currentUser?.getIdToken()) ?? null,
    appCheckToken: async () => null,
  };
}

describe('callables over fetch', () => {
  it('answers with the callable result', async () => {
    const credentials = await visitorCredentials();
    const status = await callOverFetch(credentials, 'widgetStatus', {
      workspaceId: team.ws,
      pageUrl: 'https://shop.example/pricing',
    });
    expect(status.available).toBe(true);
    const started = await callOverFetch(credentials, 'startChat', {
      workspaceId: team.ws,
      visitorName: 'Vera',
      pageUrl: 'https://shop.example/pricing',
    });
    expect('chatId' in started && started.chatId).toBeTruthy();
  });

  it("refuses with the callable's code and its sentence for people", async () => {
    const credentials = await visitorCredentials();
    const refused = await callOverFetch(credentials, 'startChat', {
      workspaceId: team.ws,
      visitorName: '',
      pageUrl: 'https://shop.example/',
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CallableError);
    expect((refused as CallableError).code).toBe('functions/invalid-argument');
    expect((refused as CallableError).message).toMatch(/name/i);
  });

  it("carries the workspace's widget look, only its valid parts (ADR 011)", async () => {
    const credentials = await visitorCredentials();
    const status = () =>
      callOverFetch(credentials, 'widgetStatus', {
        workspaceId: team.ws,
        pageUrl: 'https://shop.example/',
      });
    expect((await status()).look).toBeUndefined();
    const workspace = admin().db.doc(`workspaces/${team.ws}`);
    await workspace.update({
      widgetLook: { title: 'Ask Acme', greeting: 'Hello!', accent: '#0b6e4f', position: 'left' },
    });
    expect((await status()).look).toEqual({
      title: 'Ask Acme',
      greeting: 'Hello!',
      accent: '#0b6e4f',
      position: 'left',
    });
    // Written around the Control Panel: an accent white text can't be read on is left out.
    await workspace.update({ widgetLook: { accent: '#ffff00', position: 'left' } });
    expect((await status()).look).toEqual({ position: 'left' });
  });

  it('says the service is unreachable when nothing answers', async () => {
    const credentials = await visitorCredentials();
    const refused = await callOverFetch(
      { ...credentials, url: () => 'http://127.0.0.1:9/nowhere' },
      'widgetStatus',
      { workspaceId: team.ws, pageUrl: 'https://shop.example/' },
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(refused).not.toBeInstanceOf(CallableError);
  });
});
