import { t } from '../i18n/index.ts';
import { ChatScreen } from '../screens/chat-screen.tsx';
import { OfflineForm, OfflineSent } from '../screens/offline-form.tsx';
import { Welcome } from '../screens/welcome.tsx';
import type { WidgetController } from './controller.ts';

interface PanelProps {
  controller: WidgetController;
  title: string;
  onClose: () => void;
}

/** The open widget: a dialog with a header and the screen the controller is on. */
export function Panel({ controller, title, onClose }: PanelProps) {
  return (
    <div
      class="panel"
      role="dialog"
      aria-labelledby="parley-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {/* Divs, not header and footer: those would be banner and contentinfo landmarks competing
          with the host page's own. */}
      <div class="panel-header">
        <h1 id="parley-title">{title}</h1>
        <button type="button" class="icon" aria-label={t().minimize} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 11h14v2H5z" />
          </svg>
        </button>
      </div>
      <div class="panel-body">
        <CurrentScreen controller={controller} onClose={onClose} />
      </div>
      <div class="panel-footer">{t().poweredBy}</div>
    </div>
  );
}

function CurrentScreen({
  controller: c,
  onClose,
}: {
  controller: WidgetController;
  onClose: () => void;
}) {
  const screen = c.screen.value;
  const busy = c.busy.value;
  const error = c.error.value;
  switch (screen.kind) {
    case 'loading':
      return (
        <div class="screen centered" role="status">
          <span class="spinner" aria-hidden="true" />
          {t().loading}
        </div>
      );
    case 'inactive':
      return (
        <div class="screen centered">
          <p role="status">{t().inactive}</p>
        </div>
      );
    case 'blocked':
      return (
        <div class="screen centered">
          <p role="status">{t().notAvailable}</p>
        </div>
      );
    case 'failed':
      return (
        <div class="screen centered">
          <p role="alert">{screen.message}</p>
          <button type="button" class="primary" onClick={() => void c.loadStatus()}>
            {t().tryAgain}
          </button>
        </div>
      );
    case 'welcome':
      return (
        <Welcome
          status={c.status.value!}
          busy={busy}
          error={error}
          initial={draftValues(c)}
          onStart={(input) => void c.startChat(input)}
        />
      );
    case 'chat': {
      const chat = c.chat.value;
      if (!chat) return null;
      return (
        <ChatScreen
          chat={chat}
          messages={c.messages.value}
          selfUid={c.visitor.value?.uid ?? null}
          operatorName={c.operatorName.value}
          typingName={c.operatorTyping.value}
          busy={busy}
          error={error}
          onSend={(text) => c.send(text)}
          onEnd={() => void c.endChat()}
          queue={c.queue.value}
          onLeaveMessage={() => void c.leaveMessageInstead()}
          onTyping={(text) => {
            c.composerText.value = text;
            if (text.trim()) c.noteTyping();
          }}
          onRate={(rating, comment) => void c.rate(rating, comment)}
          transcriptMail={c.transcriptMail.value}
          visitorEmail={c.visitor.value?.email ?? ''}
          onEmailTranscript={(email) => void c.emailTranscript(email)}
          onNewChat={() => void c.newChat()}
        />
      );
    }
    case 'offline':
      return (
        <OfflineForm
          reason={screen.reason}
          busy={busy}
          error={error}
          initial={draftValues(c)}
          departmentId={c.draft.value?.departmentId ?? c.chat.value?.departmentId}
          onSubmit={(input) => void c.submitOffline(input)}
        />
      );
    case 'offline-sent':
      return (
        <OfflineSent
          email={screen.email}
          onDone={() => {
            onClose();
            void c.loadStatus();
          }}
        />
      );
  }
}

function draftValues(c: WidgetController) {
  const draft = c.draft.value;
  const visitor = c.visitor.value;
  return {
    name: draft?.visitorName ?? visitor?.name ?? '',
    email: draft?.visitorEmail ?? visitor?.email ?? '',
    departmentId: draft?.departmentId ?? '',
    message: c.offlineMessage.value,
  };
}
