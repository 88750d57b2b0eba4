import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/options/control-panel.css';
import { ControlPanel } from '../../components/options/control-panel.tsx';
import { followAccess } from '../../utils/data/access-watch.ts';
import { onFirebaseSettingsChanged } from '../../utils/data/firebase-config.ts';
import { startSession } from '../../utils/data/session.ts';
import { t } from '../../utils/i18n.ts';

// index.html's <title> is the English fallback; the catalogue has the browser's language.
document.title = t('parleyControlPanel');
void startSession();
followAccess();
onFirebaseSettingsChanged(() => location.reload());
render(<ControlPanel />, document.getElementById('app')!);
