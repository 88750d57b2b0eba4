import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/console/app/console.css';
import '../../components/console/chat-view/chat-view.css';
import '../../components/console/composer/composer.css';
import { ConsoleApp } from '../../components/console/app/console-app.tsx';
import { onFirebaseSettingsChanged } from '../../utils/data/firebase-config.ts';
import { followSession } from '../../utils/data/stores/active-console.ts';
import { HubClient } from '../../utils/data/stores/console-hub.ts';
import { t } from '../../utils/i18n.ts';

document.title = t('parleyConsole');
const hub = new HubClient('console');
hub.connect();
followSession(hub);
onFirebaseSettingsChanged(() => location.reload());
render(<ConsoleApp />, document.getElementById('app')!);
