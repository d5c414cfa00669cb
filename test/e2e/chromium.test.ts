import { launchChromium } from '../../scripts/lib/launch-chromium';
import { smokeSuite } from './smoke-suite';

smokeSuite('Chromium', launchChromium);
import { runtimeSuite } from './runtime-suite';

runtimeSuite('Chromium', launchChromium, { forcedStopMidBurst: true });
