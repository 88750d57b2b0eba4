import type { OfflineMessage } from '../../../utils/domain/model.ts';
import { departmentRef } from '../data/departments.ts';
import { offlineMessageRef, offlineMessagesCol } from '../data/offline-messages.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { composeOfflineMail } from './compose.ts';
import type { Mailbox } from './mailbox.ts';

/** Off-line messages (and missed chats), mailed to the workspace's off-line recipients. */
export const offlineMailbox: Mailbox<OfflineMessage> = {
  what: 'off-line message',
  collection: offlineMessagesCol,
  ref: offlineMessageRef,
  undeliverable: (message) =>
    message.delivery.to.length === 0 ? 'No off-line message recipients are configured.' : null,
  async compose(ws, message) {
    const [workspace, department] = await Promise.all([
      workspaceRef(ws).get(),
      message.departmentId ? departmentRef(ws, message.departmentId).get() : null,
    ]);
    return composeOfflineMail({
      workspaceName: workspace.data()?.name || ws,
      name: message.name,
      email: message.email,
      message: message.message,
      pageUrl: message.pageUrl,
      departmentName: department?.data()?.name,
      missedChat: Boolean(message.chatId),
    });
  },
};
