import '@/lib/messaging/no-eval';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { useStoredValue, type WatchableKeyValueArea } from '@/components/useSettings';
import { categoryProperties } from '@/lib/settings/colors';
import { SETTINGS_KEY, type Settings } from '@/lib/settings/schema';
import { readSettings, settingsFrom } from '@/lib/settings/store';
import { translatorFor, type LanguageSource } from './translator';
import '@/components/ui/theme.css';

export interface PageEnv extends LanguageSource {
  /** storage.local with its change events: the settings live there. */
  area: WatchableKeyValueArea;
  document: Document;
}

/** The page's language and the researcher's highlight colours on the root element. */
function applyToDocument(doc: Document, t: Translate, colors: Settings['colors'], titleKey: MessageKey) {
  doc.documentElement.lang = t('uiLocale');
  doc.title = t(titleKey);
  for (const [name, value] of Object.entries(categoryProperties(colors)))
    doc.documentElement.style.setProperty(name, value);
}

/** The settings the page opened with, kept current: read before the first render, so never missing. */
const PageSettingsContext = createContext<Settings | undefined>(undefined);

/**
 * The settings of a page started by `startPage`, undefined elsewhere (a test rendering a component alone).
 * @example const settings = usePageSettings();
 */
export function usePageSettings(): Settings | undefined {
  return useContext(PageSettingsContext);
}

/**
 * Keeps a page in the settings' language and colours while it is open:
 * choosing another language in the settings re-renders every open page.
 */
function LocalisedPage({ env, initial, titleKey, children }: LocalisedPageProps) {
  const [settings] = useStoredValue(env.area, SETTINGS_KEY, readSettings, initial.settings);
  const [shown, setShown] = useState({ language: initial.settings.uiLanguage, t: initial.t });
  useEffect(() => {
    if (settings.uiLanguage === shown.language) return;
    let current = true;
    void translatorFor(settings.uiLanguage, env).then((t) => current && setShown({ language: settings.uiLanguage, t }));
    return () => {
      current = false;
    };
  }, [settings.uiLanguage, shown.language, env]);
  useEffect(
    () => applyToDocument(env.document, shown.t, settings.colors, titleKey),
    [env, shown.t, settings.colors, titleKey],
  );
  return (
    <PageSettingsContext.Provider value={settings}>
      <I18nProvider t={shown.t}>{children}</I18nProvider>
    </PageSettingsContext.Provider>
  );
}

interface LocalisedPageProps {
  env: PageEnv;
  /** The language and settings the page opened with (read before the first render). */
  initial: { t: Translate; settings: Settings };
  titleKey: MessageKey;
  children: ReactNode;
}

/**
 * Renders an extension page in the researcher's language and colours, with
 * the visual system's styles. The language is known before the first render,
 * so a page never flashes English first. A page that needs something else
 * before its first render (the popup: its tab) passes a promise, awaited beside the settings; a page that asked
 * for the settings already (the popup, with everything else its first screen reads) passes that answer as `stored`.
 * @example void startPage(browserPageEnv(), 'dashTitle', <Dashboard send={sendToBackground} />);
 */
export async function startPage(
  env: PageEnv,
  titleKey: MessageKey,
  page: ReactNode | Promise<ReactNode>,
  stored?: Promise<Record<string, unknown>>,
): Promise<void> {
  const [settings, content] = await Promise.all([stored ? stored.then(settingsFrom) : readSettings(env.area), page]);
  const t = await translatorFor(settings.uiLanguage, env);
  applyToDocument(env.document, t, settings.colors, titleKey);
  const root = createRoot(env.document.getElementById('root')!);
  // Rendered and committed in this task, not in a task of React's scheduler after it: the page shows its first screen
  // as soon as what it waited for is in (issue 14: on a busy machine each task hop waits its turn).
  flushSync(() =>
    root.render(
      <LocalisedPage env={env} initial={{ t, settings }} titleKey={titleKey}>
        {content}
      </LocalisedPage>,
    ),
  );
}
