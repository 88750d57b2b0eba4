import { useId } from 'preact/hooks';
import { widgetScriptUrlError, widgetSnippet } from '../../../utils/data/admin/widget-snippet.ts';
import type { FirebaseSettings } from '../../../utils/data/firebase-config.ts';
import { t } from '../../../utils/i18n.ts';
import { CopyButton } from '../shared/copy-button.tsx';

export interface WidgetSnippetViewProps {
  workspaceId: string;
  scriptUrl: string;
  /** The project the extension talks to; a real one's web config goes into the snippet. */
  settings?: FirebaseSettings;
  onScriptUrlChange: (url: string) => void;
}

/** The install snippet for this workspace with a Copy button, and where widget.js is served. */
export function WidgetSnippetView(props: WidgetSnippetViewProps) {
  const snippetId = useId();
  const urlError = widgetScriptUrlError(props.scriptUrl);
  const snippet = widgetSnippet(props.scriptUrl, props.workspaceId, props.settings);
  return (
    <div class="widget-install">
      <p>
        {t('pasteThisTagIntoEveryPage')} <code>{t('body')}</code>.
      </p>
      <label class="field" for={snippetId}>
        <span>{t('installSnippetForWorkspace', props.workspaceId)}</span>
      </label>
      <textarea
        id={snippetId}
        class="snippet"
        name="snippet"
        readOnly
        rows={3}
        value={urlError ? '' : snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div class="row form-actions">
        {!urlError && <CopyButton text={snippet} label={t('copyTheInstallSnippet')} />}
      </div>
      <details>
        <summary>{t('whereWidgetJsIsServed')}</summary>
        <label class="field">
          <span>{t('addressOfWidgetJs')}</span>
          <input
            name="scriptUrl"
            type="url"
            value={props.scriptUrl}
            aria-invalid={urlError ? true : undefined}
            onChange={(e) => props.onScriptUrlChange(e.currentTarget.value)}
          />
        </label>
        {urlError ? (
          <p class="error">{urlError}</p>
        ) : (
          <p class="muted hint">{t('changeThisIfYouHostThe')}</p>
        )}
      </details>
    </div>
  );
}
