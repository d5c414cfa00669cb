import { launchChromium } from '../../scripts/lib/launch-chromium';
import { optionsSuite } from './options-suite';

optionsSuite('Chromium', launchChromium);
