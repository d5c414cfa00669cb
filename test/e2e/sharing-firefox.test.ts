import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { sharingSuite } from './sharing-suite';

sharingSuite('Firefox', launchFirefox);
