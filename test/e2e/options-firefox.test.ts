import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { optionsSuite } from './options-suite';

optionsSuite('Firefox', launchFirefox);
