import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/popup-app.tsx';
import { trackFocusedWindow } from '../../utils/data/extension-pages.ts';
import { HubClient } from '../../utils/data/stores/console-hub.ts';
import { t } from '../../utils/i18n.ts';

document.title = t('extActionTitle');
trackFocusedWindow();
// The popup shows what the background's hub sends: no Firebase in the popup at all.
const hub = new HubClient('popup');
hub.connect();
render(<PopupApp hub={hub} />, document.getElementById('app')!);
