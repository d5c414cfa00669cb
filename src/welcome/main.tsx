import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { WelcomePage } from './welcome-page';
import '../shared/page-theme.css';
import './welcome.css';

document.title = t('welcomeTitle');
document.documentElement.lang = uiLanguage() ?? 'en'; // the page's words are in the browser's language
const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
