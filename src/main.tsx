/** Entry point: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import { startLanguage } from './shared/i18n/language-choice';
import { startTheme } from './app/theme';
import './app/styles/base.css';
import './app/styles/layout.css';
import './app/styles/levers.css';
import './app/styles/figures.css';
import './app/styles/charts.css';
import './app/styles/nav.css';
import './app/styles/theme.css';

// The theme before the first paint, so a dark-mode reader never sees a white flash.
startTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page's language is chosen, and its first catalogues loaded, before the first paint: no
// flash of English for a reader who reads Arabic.
void startLanguage().finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
