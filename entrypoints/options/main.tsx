import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/options/control-panel.css';
import { ControlPanel } from '../../components/options/control-panel.tsx';
import { onFirebaseSettingsChanged } from '../../utils/data/firebase-config.ts';
import { startSession } from '../../utils/data/session.ts';

void startSession();
onFirebaseSettingsChanged(() => location.reload());
render(<ControlPanel />, document.getElementById('app')!);
