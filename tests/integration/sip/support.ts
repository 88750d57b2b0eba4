/**
 * The SIP gateway for a test file: started in this process on free ports against the test
 * stack's emulators (the same code `npm start` and the container run), plus operators with SIP
 * passwords generated through the real resetSipPassword callable.
 */
import { randomBytes } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import type { DigestAlgorithm } from '../../../functions/src/sip-credentials.ts';
import { freePort } from '../../../scripts/stack/ports.ts';
import { startGateway } from '../../../sip-gateway/src/gateway.ts';
import type { ResetSipPasswordResponse } from '../../../utils/domain/callables.ts';
import { admin, signedIn, type TestOperator } from '../functions/support.ts';
import { type ClientOptions, SipClient } from './sip-client.ts';

export const BASE_DOMAIN = 'chat.parley.test';

export async function startTestGateway(
  options: { digestAlgorithms?: DigestAlgorithm[]; wsPort?: number; nonceSecret?: Buffer } = {},
) {
  admin();
  const port = await freePort();
  const logs: string[] = [];
  const gateway = await startGateway({
    host: '127.0.0.1',
    port,
    ...(options.wsPort ? { wsPort: options.wsPort } : {}),
    baseDomain: BASE_DOMAIN,
    nonceSecret: options.nonceSecret ?? randomBytes(32),
    digestAlgorithms: options.digestAlgorithms ?? ['SHA-256', 'MD5'],
    instanceId: `test-${port}`,
    log: (line) => {
      logs.push(line);
      if (process.env.PARLEY_TEST_VERBOSE === '1') console.log(`[sip] ${line}`);
    },
  });
  return { gateway, port, logs };
}

/** The operator's SIP credentials, generated as the Control Panel does (signed in as them). */
export async function sipCredentials(
  ws: string,
  operator: TestOperator,
): Promise<ResetSipPasswordResponse> {
  const client = await signedIn(operator);
  return client.call('resetSipPassword', { workspaceId: ws, uid: operator.uid });
}

export async function sipClientFor(
  credentials: ResetSipPasswordResponse,
  gatewayPort: number,
  options: Partial<ClientOptions> = {},
) {
  return new SipClient({
    username: credentials.username,
    password: credentials.password,
    domain: credentials.domain,
    gatewayPort,
    ...options,
  }).start();
}

/** A visitor message written as the widget writes it (message + its rate stamp, one batch). */
export async function visitorSays(ws: string, chatId: string, visitorUid: string, text: string) {
  const { db } = admin();
  const chat = db.doc(`workspaces/${ws}/chats/${chatId}`);
  const message = chat.collection('messages').doc();
  const batch = db.batch();
  batch.set(message, {
    from: { kind: 'visitor', uid: visitorUid, name: 'Vera' },
    text,
    sentAt: FieldValue.serverTimestamp(),
  });
  batch.set(chat.collection('stamps').doc('visitor'), {
    at: FieldValue.serverTimestamp(),
    messageId: message.id,
  });
  await batch.commit();
}
