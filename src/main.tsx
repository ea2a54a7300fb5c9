/** Entry point: mounts the app. */
import './shared/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import './app/styles/base.css';
import './app/styles/layout.css';
import './app/styles/levers.css';
import './app/styles/figures.css';
import './app/styles/charts.css';
import './app/styles/nav.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
