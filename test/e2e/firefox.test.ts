import { launchFirefox } from '../../scripts/lib/launch-firefox';
import { smokeSuite } from './smoke-suite';

smokeSuite('Firefox', launchFirefox);
import { runtimeSuite } from './runtime-suite';

// Firefox unloads an idle event page; with a 1 s idle timeout it unloads between (and during) page loads.
runtimeSuite('Firefox with a background that unloads after 1 s idle', launchFirefox, {
  launch: { firefoxPrefs: { 'extensions.background.idle.timeout': 1000 } },
});
