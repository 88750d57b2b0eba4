import { collection, doc, getDoc, getDocs, serverTimestamp } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedDelete, auditedSet, auditedUpdate } from './audited.ts';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('canned');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('cannedResponses/hello')]: {
    shortcut: 'hello',
    text: 'Hello %VISITOR%, I am %OPERATOR%.',
    createdBy: 'ada',
    updatedAt: minutesAgo(5),
  },
});
const canned = (shortcut: string, createdBy: string) => ({
  shortcut,
  text: 'Thank you, %VISITOR%!',
  createdBy,
  updatedAt: serverTimestamp(),
});

// Operators read canned responses (the composer's autocomplete); only admins manage them.
describeMatrix(
  'cannedResponses: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  deny   deny   deny
  otherNormal    allow  allow  deny   deny   deny
  admin          allow  allow  allow  allow  allow
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('cannedResponses/hello'))),
    list: (db) => getDocs(collection(db, wsPath('cannedResponses'))),
    create: (db, actor) =>
      auditedSet(
        db,
        actor,
        'canned.created',
        wsPath('cannedResponses/thanks'),
        canned('thanks', uidOf(actor)),
      ),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'canned.updated', wsPath('cannedResponses/hello'), {
        text: 'Hi %VISITOR%!',
        updatedAt: serverTimestamp(),
      }),
    delete: (db, actor) =>
      auditedDelete(db, actor, 'canned.deleted', wsPath('cannedResponses/hello')),
  },
);

describe('cannedResponses: field validation (admin writes)', () => {
  suite.useFixture(fixture);
  const create = (data: Record<string, unknown>) =>
    auditedSet(suite.db('admin'), 'admin', 'canned.created', wsPath('cannedResponses/x'), data);

  it('accepts a unicode shortcut and a 1000-character text', () =>
    allow(create({ ...canned('退货', 'ada'), text: 'x'.repeat(1000) })));
  it('refuses a text over 1000 characters', () =>
    deny(create({ ...canned('long', 'ada'), text: 'x'.repeat(1001) })));
  it('refuses an empty text', () => deny(create({ ...canned('empty', 'ada'), text: '' })));
  it('refuses the built-in commands /t and /a as shortcuts, in any case', async () => {
    await deny(create(canned('t', 'ada')));
    await deny(create(canned('A', 'ada')));
  });
  it('refuses shortcuts with spaces, slashes or percent signs, or over 32 characters', async () => {
    await deny(create(canned('two words', 'ada')));
    await deny(create(canned('a/b', 'ada')));
    await deny(create(canned('50%', 'ada')));
    await deny(create(canned('x'.repeat(33), 'ada')));
  });
  it('refuses an author other than the caller', () => deny(create(canned('thanks', 'otto'))));
  it('refuses a client-chosen updatedAt', () =>
    deny(create({ ...canned('thanks', 'ada'), updatedAt: new Date() })));
  it('refuses extra and missing fields', async () => {
    await deny(create({ ...canned('thanks', 'ada'), private: true }));
    const { text: _text, ...withoutText } = canned('thanks', 'ada');
    await deny(create(withoutText));
  });
  it('refuses a non-string text', () => deny(create({ ...canned('thanks', 'ada'), text: 42 })));
  it('keeps the original author on update', () =>
    deny(
      auditedUpdate(suite.db('admin'), 'admin', 'canned.updated', wsPath('cannedResponses/hello'), {
        createdBy: 'ada2',
        updatedAt: serverTimestamp(),
      }),
    ));
});
