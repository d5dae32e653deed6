import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ToastProvider } from './components/Toasts';
import { requestPersistence } from './db/storage';
import { openArchive } from './model/archive-client';
import { privacyMonitor } from './model/privacy-monitor';
import './styles/theme.css';
import './styles/topbar.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/sidebar.css';
import './styles/chrome.css';
import './styles/dialog.css';

// Listening starts before anything renders, so the session's counts cover the page's whole life.
privacyMonitor();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
// Opened before the first render: the search worker, which also sends the library, starts loading meanwhile.
const opening = openArchive();
// Handled by App once it mounts; this keeps a failure that comes sooner from being reported as unhandled.
opening.catch(() => undefined);
// Asked at once, so the browser keeps stored notes under disk pressure; the privacy badge shows the answer.
void requestPersistence();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ToastProvider>
        <App opening={opening} />
      </ToastProvider>
    </ErrorBoundary>
  </StrictMode>,
);
