/**
 * Workspace isolation and token shapes: claims decide, so a token that is missing a claim, names
 * an unknown role or another workspace gets nothing, whatever collection it aims at.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { chatFixture, visitorStamp } from './chat-fixture.ts';
import { OTHER_WS, WS, wsPath } from './fixtures.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('isolation');

const READABLE_BY_ANY_OPERATOR = ['operators', 'presence', 'cannedResponses', 'departments'];
const ADMIN_ONLY = [
  'urlRoutes',
  'settings',
  'offlineMessages',
  'invoices',
  'paymentMethods',
  'auditLog',
];

function dbWithToken(uid: string, token: Record<string, unknown>) {
  return suite.env().authenticatedContext(uid, token).firestore() as unknown as ReturnType<
    typeof suite.db
  >;
}

describe('isolation between workspaces', () => {
  suite.useFixture(chatFixture);

  it.each([...READABLE_BY_ANY_OPERATOR, ...ADMIN_ONLY, 'chats', 'internalChats'])(
    "an admin of globex lists nothing of acme's %s",
    (name) => deny(getDocs(collection(suite.db('foreignAdmin'), wsPath(name, WS)))),
  );
  it.each(READABLE_BY_ANY_OPERATOR)(
    "a normal operator of acme lists nothing of globex's %s",
    (name) => deny(getDocs(collection(suite.db('normal'), wsPath(name, OTHER_WS)))),
  );
  it.each(READABLE_BY_ANY_OPERATOR)('the same operator does list acme %s', (name) =>
    allow(getDocs(collection(suite.db('normal'), wsPath(name, WS)))),
  );
  it('a visitor reads their own chat in any workspace: the chat itself names them', () =>
    allow(getDoc(doc(suite.db('visitor'), wsPath('chats/g1', OTHER_WS)))));
  it('a globex admin cannot post into an acme chat', () =>
    deny(
      setDoc(doc(suite.db('foreignAdmin'), wsPath('chats/c1/messages/x')), {
        from: { kind: 'operator', uid: 'fay', name: 'Fay' },
        text: 'Hello from Globex',
        sentAt: serverTimestamp(),
      }),
    ));
});

describe('token shapes', () => {
  suite.useFixture(chatFixture);

  it('a token with the workspace but no role gets nothing', () =>
    deny(getDocs(collection(dbWithToken('eve', { ws: WS }), wsPath('operators')))));
  it('a token with an unknown role gets nothing', () =>
    deny(
      getDocs(collection(dbWithToken('eve', { ws: WS, role: 'owner' }), wsPath('cannedResponses'))),
    ));
  it('a role without a workspace gets nothing', () =>
    deny(getDocs(collection(dbWithToken('eve', { role: 'admin' }), wsPath('invoices')))));
  it('a workspace claim of the wrong type gets nothing', () =>
    deny(getDocs(collection(dbWithToken('eve', { ws: [WS], role: 'admin' }), wsPath('invoices')))));
  it('an anonymous visitor cannot bump a chat of the same id in another workspace', () =>
    deny(
      updateDoc(doc(suite.db('otherVisitor'), wsPath('chats/g1', OTHER_WS)), visitorStamp('m1')),
    ));
});
