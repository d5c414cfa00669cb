import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { popupSuite } from './popup-suite';

popupSuite('Firefox', launchFirefox);
