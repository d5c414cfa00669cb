import { launchChromium } from '../../scripts/lib/launch-chromium';
import { sharingSuite } from './sharing-suite';

sharingSuite('Chromium', launchChromium);
