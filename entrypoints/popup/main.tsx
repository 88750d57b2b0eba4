import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/popup-app.tsx';
import { startSession } from '../../utils/data/session.ts';

void startSession();
render(<PopupApp />, document.getElementById('app')!);
