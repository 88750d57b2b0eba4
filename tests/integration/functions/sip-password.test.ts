import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeClients,
  expectError,
  makeWorkspace,
  read,
  signedIn,
  type TestWorkspace,
} from './support.ts';

describe('resetSipPassword', () => {
  let team: TestWorkspace;

  beforeAll(async () => {
    team = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
    });
  });
  afterAll(closeClients);

  it('gives the operator a password once and stores only its digests', async () => {
    const nora = await signedIn(team.ops.nora!);
    const first = await nora.call('resetSipPassword', {
      workspaceId: team.ws,
      uid: team.ops.nora!.uid,
    });
    expect(first.password.length).toBeGreaterThanOrEqual(16);
    const account = await read(team.ws, `sipAccounts/${first.username}`);
    expect(JSON.stringify(account)).not.toContain(first.password);
    // A second one replaces the first: different password, different digests, same user name.
    const second = await nora.call('resetSipPassword', {
      workspaceId: team.ws,
      uid: team.ops.nora!.uid,
    });
    expect(second.username).toBe(first.username);
    expect(second.password).not.toBe(first.password);
    expect((await read(team.ws, `sipAccounts/${first.username}`))?.ha1Md5).not.toBe(
      account?.ha1Md5,
    );
    const operator = await read(team.ws, `operatorPrivate/${team.ops.nora!.uid}`);
    expect(operator?.sip.passwordSetAt).toBeDefined();
  });

  it("lets an admin set a colleague's, but not a normal operator", async () => {
    const ada = await signedIn(team.ops.ada!);
    const forOtto = await ada.call('resetSipPassword', {
      workspaceId: team.ws,
      uid: team.ops.otto!.uid,
    });
    expect(forOtto.username).toMatch(/^otto/);
    const nora = await signedIn(team.ops.nora!);
    await expectError(
      nora.call('resetSipPassword', { workspaceId: team.ws, uid: team.ops.otto!.uid }),
      'permission-denied',
    );
    await expectError(
      ada.call('resetSipPassword', { workspaceId: team.ws, uid: 'nobody' }),
      'not-found',
    );
  });
});
