import { launchChromium } from '../../scripts/lib/launch-chromium';
import { welcomeSuite } from './welcome-suite';

welcomeSuite('Chromium', launchChromium);
