/** The slice of the WebExtension API the welcome page needs; `browser` fits, and so does a fake. */
export interface WelcomeApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: '/welcome.html'): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/**
 * Opens the welcome page once, when Spoor is installed (not on updates or
 * browser restarts): it asks for the researcher id before any flag exists.
 * @example openWelcomeOnInstall(browser);
 */
export function openWelcomeOnInstall(api: WelcomeApi): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void api.tabs.create({ url: api.runtime.getURL('/welcome.html') });
  });
}
