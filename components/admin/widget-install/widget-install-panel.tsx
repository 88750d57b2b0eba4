import { useEffect, useState } from 'preact/hooks';
import {
  loadWidgetScriptUrl,
  saveWidgetScriptUrl,
  widgetScriptUrlError,
} from '../../../utils/data/admin/widget-snippet.ts';
import { setWidgetLook } from '../../../utils/data/admin/workspace.ts';
import {
  type FirebaseSettings,
  loadFirebaseSettings,
} from '../../../utils/data/firebase-config.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { WidgetLookEditor } from './widget-look-editor.tsx';
import { WidgetSnippetView } from './widget-snippet-view.tsx';

/**
 * Widget install: the snippet to paste into a website for this workspace, and the widget's look
 * (title, greeting, accent colour, position) with a live preview.
 */
export function WidgetInstallPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['workspace']);
  const workspace = data?.workspace.data.value;
  const ready = data?.workspace.status.value === 'ready' ? data : null;
  const [scriptUrl, setScriptUrl] = useState<string | null>(null);
  const [settings, setSettings] = useState<FirebaseSettings | undefined>(undefined);
  useEffect(() => {
    void loadFirebaseSettings().then(async (loaded) => {
      setSettings(loaded);
      setScriptUrl(await loadWidgetScriptUrl(loaded));
    });
  }, []);

  return (
    <section class="admin-panel widget-install-panel" aria-labelledby="widget-title">
      <header class="admin-panel__header">
        <h2 id="widget-title">{t('widgetInstall')}</h2>
      </header>
      {scriptUrl === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <WidgetSnippetView
          workspaceId={operator.workspaceId}
          scriptUrl={scriptUrl}
          settings={settings}
          onScriptUrlChange={(url) => {
            setScriptUrl(url);
            if (!widgetScriptUrlError(url)) void saveWidgetScriptUrl(url);
          }}
        />
      )}
      <h3>{t('look')}</h3>
      {data?.workspace.error.value ? (
        <p class="error">{data.workspace.error.value}</p>
      ) : ready ? (
        <WidgetLookEditor
          look={workspace?.widgetLook ?? {}}
          onSave={(look) => setWidgetLook(ready.context, look).then(() => {})}
        />
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </section>
  );
}
