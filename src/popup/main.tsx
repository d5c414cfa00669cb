import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './app';
import './popup.css';

document.documentElement.lang = uiLanguage() ?? 'en'; // the page's words are in the browser's language
const root = document.getElementById('app');
if (root) render(<App />, root);
