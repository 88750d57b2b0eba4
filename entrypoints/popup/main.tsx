import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/popup-app.tsx';
import { trackFocusedWindow } from '../../utils/data/extension-pages.ts';
import { followSession } from '../../utils/data/stores/active-console.ts';

trackFocusedWindow();
followSession();
render(<PopupApp />, document.getElementById('app')!);
