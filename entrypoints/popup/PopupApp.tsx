import { useEffect, useState } from 'react';

/** The popup: what Spoor found on the current tab, and the flag button. */
export function PopupApp() {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
  }, []);
  return <main>{tabId === undefined ? 'Spoor' : `Tab ${tabId}`}</main>;
}
