import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/console/app/console.css';
import { ConsoleApp } from '../../components/console/app/console-app.tsx';
import { onFirebaseSettingsChanged } from '../../utils/data/firebase-config.ts';
import { startSession } from '../../utils/data/session.ts';

void startSession();
onFirebaseSettingsChanged(() => location.reload());
render(<ConsoleApp />, document.getElementById('app')!);
