import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { OptionsPage } from './options-page';
import '../shared/page-theme.css';
import './options.css';

document.title = t('optionsTitle');
document.documentElement.lang = uiLanguage() ?? 'en'; // the page's words are in the browser's language
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
