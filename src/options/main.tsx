import { render } from 'preact';
import { t } from '../shared/i18n';
import { OptionsPage } from './options-page';
import './options.css';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
