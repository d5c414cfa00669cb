// A first install opens the welcome page (src/welcome/): what the badge's colours mean, what is kept on the
// device and that nothing is sent unless sharing is turned on. An update or a browser update opens nothing.

export const WELCOME_PATH = 'src/welcome/index.html';

type Runtime = Pick<typeof chrome.runtime, 'onInstalled' | 'getURL'>;
type Tabs = Pick<typeof chrome.tabs, 'create'>;

/** Registers the onInstalled listener; call it synchronously at the background's top level. */
export function openWelcomeOnInstall({ runtime, tabs }: { runtime: Runtime; tabs: Tabs }, report: (error: unknown) => void): void {
  runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    tabs.create({ url: runtime.getURL(WELCOME_PATH) }).catch(report);
  });
}
