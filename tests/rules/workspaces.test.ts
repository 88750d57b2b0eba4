import { collection, deleteDoc, doc, getDoc, getDocs, setDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedUpdate } from './audited.ts';
import { baseFixture, WS } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('workspaces');
const acme = `workspaces/${WS}`;

// Subject: workspace "acme". Operators read it; admins change its settings; nobody lists,
// creates or deletes workspaces from a client.
describeMatrix(
  'workspaces: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  deny   deny   deny   deny
  otherNormal    allow  deny   deny   deny   deny
  admin          allow  deny   deny   allow  deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  baseFixture,
  {
    get: (db) => getDoc(doc(db, acme)),
    list: (db) => getDocs(collection(db, 'workspaces')),
    create: (db) =>
      setDoc(doc(db, 'workspaces/newco'), {
        name: 'NewCo',
        seatPrice: 0,
        currency: 'EUR',
        routingMode: 'all',
        createdAt: new Date(),
      }),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'workspace.routingChanged', acme, {
        name: 'Acme Inc.',
        routingMode: 'url',
      }),
    delete: (db) => deleteDoc(doc(db, acme)),
  },
);

describe('workspaces: what an admin may change', () => {
  suite.useFixture(baseFixture);
  const update = (data: Record<string, unknown>) =>
    auditedUpdate(suite.db('admin'), 'admin', 'workspace.settingsChanged', acme, data);

  it('switches routing between all, departments and url', async () => {
    await allow(update({ routingMode: 'departments' }));
    await allow(update({ routingMode: 'url' }));
    await allow(update({ routingMode: 'all' }));
  });
  it('refuses an unknown routing mode (departments and URL routing are exclusive)', () =>
    deny(update({ routingMode: 'departments+url' })));
  it('sets the queue and transfer timeouts within bounds', async () => {
    await allow(update({ queueTimeoutSeconds: 180, transferTimeoutSeconds: 60 }));
    await deny(update({ queueTimeoutSeconds: 5 }));
    await deny(update({ transferTimeoutSeconds: 601 }));
    await deny(update({ queueTimeoutSeconds: '180' }));
  });
  it('chooses how chats are offered: everyone at once or one at a time for 10–300 s', async () => {
    await allow(update({ offerMode: 'one', offerSeconds: 30 }));
    await allow(update({ offerMode: 'all' }));
    await deny(update({ offerMode: 'ring-two' }));
    await deny(update({ offerSeconds: 9 }));
    await deny(update({ offerSeconds: 301 }));
    await deny(update({ offerSeconds: 30.5 }));
  });
  it('sets how long transcripts are kept (whole days, 1 to 3650) and back to forever', async () => {
    await allow(update({ transcriptRetentionDays: 90 }));
    await deny(update({ transcriptRetentionDays: 0 }));
    await deny(update({ transcriptRetentionDays: 3651 }));
    await deny(update({ transcriptRetentionDays: 1.5 }));
    await deny(update({ transcriptRetentionDays: '90' }));
  });
  it('refuses an empty or overlong name', async () => {
    await deny(update({ name: '' }));
    await deny(update({ name: 'x'.repeat(81) }));
  });
  it('refuses changes to the seat price, currency or creation time (billing is server-side)', async () => {
    await deny(update({ seatPrice: 1 }));
    await deny(update({ currency: 'USD' }));
    await deny(update({ createdAt: new Date() }));
  });
  it('refuses unknown fields', () => deny(update({ plan: 'enterprise' })));
  it("refuses an admin of another workspace changing this one's routing", () =>
    deny(
      auditedUpdate(suite.db('foreignAdmin'), 'foreignAdmin', 'workspace.routingChanged', acme, {
        routingMode: 'url',
      }),
    ));
});

// The widget's look (ADR 011) is a workspace field: the same actors may change it as the rest.
describeMatrix(
  "workspaces: who may change the widget's look",
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  deny   deny   deny   deny
  otherNormal    allow  deny   deny   deny   deny
  admin          allow  deny   deny   allow  deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  baseFixture,
  {
    get: (db) => getDoc(doc(db, acme)),
    list: (db) => getDocs(collection(db, 'workspaces')),
    create: (db) => setDoc(doc(db, 'workspaces/newco'), { widgetLook: { position: 'left' } }),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'workspace.widgetLookChanged', acme, {
        widgetLook: { title: 'Ask Acme', accent: '#0b6e4f', position: 'left' },
      }),
    delete: (db) => deleteDoc(doc(db, acme)),
  },
);

describe("workspaces: the widget's look an admin may set", () => {
  suite.useFixture(baseFixture);
  const look = (widgetLook: unknown) =>
    auditedUpdate(suite.db('admin'), 'admin', 'workspace.widgetLookChanged', acme, {
      widgetLook,
    });

  it('sets every part, or none (the defaults)', async () => {
    await allow(
      look({
        title: 'Ask Acme',
        greeting: 'We usually answer within minutes.',
        accent: '#0b6e4f',
        position: 'right',
      }),
    );
    await allow(look({}));
  });
  it('refuses a look that is not a map or has unknown parts', async () => {
    await deny(look('#0b6e4f'));
    await deny(look({ font: 'Comic Sans' }));
  });
  it('refuses an empty or overlong title and greeting', async () => {
    await deny(look({ title: '' }));
    await deny(look({ title: 'x'.repeat(61) }));
    await deny(look({ greeting: 'x'.repeat(301) }));
  });
  it('refuses an accent that is not #rrggbb and a corner that is not right or left', async () => {
    await deny(look({ accent: 'green' }));
    await deny(look({ accent: '#0B6E4F' }));
    await deny(look({ accent: 42 }));
    await deny(look({ position: 'top' }));
  });
});

describe('workspaces: what only the functions write', () => {
  suite.useFixture(baseFixture);
  const update = (data: Record<string, unknown>) =>
    auditedUpdate(suite.db('admin'), 'admin', 'workspace.settingsChanged', acme, data);

  it('refuses an admin turning on their own unverified workspace', () =>
    deny(update({ verified: true })));
  it('refuses an admin forging the getting-started milestones or the owner', async () => {
    await deny(update({ onboarding: { widgetSeenAt: new Date() } }));
    await deny(update({ ownerUid: 'someone-else' }));
  });
});
