import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { smokeSuite } from './smoke-suite';

smokeSuite('Firefox', launchFirefox);
