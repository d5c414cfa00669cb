import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { welcomeSuite } from './welcome-suite';

welcomeSuite('Firefox', launchFirefox);
