import { launchChromium } from '../../scripts/lib/launch-chromium';
import { popupSuite } from './popup-suite';

popupSuite('Chromium', launchChromium);
