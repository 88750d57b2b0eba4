/**
 * Every admin change is audited, enforced (ADR 005), through the Control Panel's own data layer
 * against the real rules: its writes carry their audit entry, an admin opening another
 * operator's chat is recorded, and the audit log pages through the whole history with filters by
 * action and by who.
 */
import { collection, doc, getDocs, setDoc } from 'firebase/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogPages } from '../../../utils/data/admin/audit-log-pages.ts';
import type { AdminContext } from '../../../utils/data/admin/context.ts';
import { addDepartment, deleteDepartment } from '../../../utils/data/admin/departments.ts';
import { recordChatViewed } from '../../../utils/data/collections/audit-log.ts';
import { paths } from '../../../utils/domain/paths.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
  makeWorkspace,
  signedIn,
  type TestWorkspace,
} from './support.ts';

let team: TestWorkspace;
let ada: Client;
let context: AdminContext;
afterAll(closeClients);
beforeAll(async () => {
  team = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }] });
  ada = await signedIn(team.ops.ada);
  context = { db: ada.db, workspaceId: team.ws, uid: team.ops.ada!.uid };
});

const log = async () =>
  (await admin().db.collection(`workspaces/${team.ws}/auditLog`).get()).docs.map((d) => d.data());

describe('Control Panel changes under the enforced rules', () => {
  it('a department added and removed through the data layer leaves both entries', async () => {
    const id = await addDepartment(context, { name: 'Audited', operatorIds: [] });
    await deleteDepartment(context, { id, name: 'Audited', operatorIds: [] });
    const mine = (await log()).filter((entry) => entry.target === id);
    expect(mine.map((entry) => entry.action).sort()).toEqual([
      'department.created',
      'department.deleted',
    ]);
  });
  it('the same write without its entry is refused', async () => {
    const attempt = setDoc(doc(collection(ada.db, paths.departments(team.ws))), {
      name: 'Untraced',
      operatorIds: [],
    });
    expect(
      await attempt.then(
        () => 'allowed',
        (e: { code?: string }) => e.code,
      ),
    ).toBe('permission-denied');
  });
  it("an admin opening another operator's chat is recorded", async () => {
    const nora = await signedIn(team.ops.nora);
    const { chatId } = await acceptedChat(team.ws, nora);
    await getDocs(collection(ada.db, paths.chatMessages(team.ws, chatId)));
    await recordChatViewed(context, { id: chatId, operatorId: team.ops.nora!.uid });
    expect(await log()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: team.ops.ada!.uid,
          action: 'chat.viewed',
          target: chatId,
          details: { operatorId: team.ops.nora!.uid },
        }),
      ]),
    );
  });
});

describe('the audit log panel pages through the whole history', () => {
  let shop: TestWorkspace;
  beforeAll(async () => {
    shop = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin' },
        { key: 'bea', role: 'admin' },
      ],
    });
    // 130 entries, one a minute: by turns Ada and Bea, every third a department change.
    const batch = admin().db.batch();
    for (let i = 0; i < 130; i++) {
      batch.set(admin().db.doc(`workspaces/${shop.ws}/auditLog/e${String(i).padStart(3, '0')}`), {
        actor: i % 2 === 0 ? shop.ops.ada!.uid : shop.ops.bea!.uid,
        action: i % 3 === 0 ? 'department.updated' : 'canned.updated',
        target: `t${i}`,
        at: Timestamp.fromMillis(Date.UTC(2026, 0, 1) + i * 60_000),
      });
    }
    await batch.commit();
  });

  const pagesFor = async () => {
    const client = await signedIn(shop.ops.ada);
    return new AuditLogPages(client.db, shop.ws, 50);
  };
  const targets = (pages: AuditLogPages) => pages.entries.value.map((entry) => entry.target);

  it('newest first, 50 at a time, to the very first entry', async () => {
    const pages = await pagesFor();
    await pages.show({});
    expect(targets(pages)).toHaveLength(50);
    expect(targets(pages)[0]).toBe('t129');
    expect(pages.hasMore.value).toBe(true);
    await pages.more();
    await pages.more();
    expect(targets(pages)).toEqual(Array.from({ length: 130 }, (_, i) => `t${129 - i}`));
    expect(pages.hasMore.value).toBe(false);
    expect(pages.error.value).toBeNull();
  });

  it('filters by action, by who, and by both', async () => {
    const pages = await pagesFor();
    await pages.show({ action: 'department.updated' });
    await pages.more();
    expect(targets(pages)).toHaveLength(44);
    expect(pages.entries.value.every((entry) => entry.action === 'department.updated')).toBe(true);

    await pages.show({ actor: shop.ops.bea!.uid });
    await pages.more();
    expect(targets(pages)).toHaveLength(65);
    expect(pages.entries.value.every((entry) => entry.actor === shop.ops.bea!.uid)).toBe(true);

    await pages.show({ action: 'department.updated', actor: shop.ops.ada!.uid });
    // i divisible by 6: 0, 6, …, 126.
    expect(targets(pages)).toEqual(Array.from({ length: 22 }, (_, i) => `t${126 - 6 * i}`));
    expect(pages.hasMore.value).toBe(false);
  });
});
