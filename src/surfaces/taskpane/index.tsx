import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readOfficeTheme, watchOfficeTheme } from '../../gateways/office/office-theme';
import type { Connect } from './use-pane';

// the engine and the Office gateway arrive with the first action, keeping the first load small
const connect: Connect = async () =>
  (await import(/* webpackChunkName: "office-session" */ './office-host')).createOfficeSession();

function mount(): void {
  const container = document.getElementById('root');
  if (container) {
    createRoot(container).render(
      <App
        officeTheme={readOfficeTheme()}
        watchTheme={(onChange) => watchOfficeTheme(onChange)}
        connect={connect}
      />,
    );
  }
}

// In a plain browser office.js resolves onReady with host null, and the pane still renders; if office.js
// failed to load at all (offline, blocked CDN) render anyway so the officer sees the pane, not a blank page.
if (typeof Office === 'undefined') mount();
else void Office.onReady(() => mount());
