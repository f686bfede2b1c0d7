/**
 * Code kept out of the content script the top frame evaluates on every page (issue 14): code most pages never
 * run, and the page scanner and painter, which wait for the dictionary anyway. The background injects the module's
 * file into the frame that asks (`detect/module`), and the file leaves its export under `onDemandGlobal(name)` in the
 * extension's isolated world, out of the page's reach (entrypoints/hover-card.ts, full-scan.ts, page-detect.ts).
 */
export const ON_DEMAND_MODULES = ['hover-card', 'full-scan', 'page-detect'] as const;
export type OnDemandName = (typeof ON_DEMAND_MODULES)[number];

/** The injected file: `/<name>.js` (WXT builds each unlisted script there). */
export const onDemandFile = <Name extends OnDemandName>(name: Name) => `/${name}.js` as const;
/** The global an injected module leaves its export under. */
export const onDemandGlobal = (name: OnDemandName) => `__spoor:${name}`;

export interface OnDemand<T> {
  /** The module's export, once it has arrived. */
  readonly value: T | undefined;
  /** Whether it was asked for and has neither arrived nor failed yet. */
  readonly pending: boolean;
  /** Starts loading it, unless it is here or on its way; a failed load is tried again on the next request. */
  request(): void;
}

export interface OnDemandEvents<T> {
  /** Runs once, when the module is here: the caller redoes what it did without it (the scanner scans again). */
  arrived?(value: T): void;
  /** Runs when a load failed: the caller settles for what it has until the next request. */
  failed?(): void;
}

/**
 * A module loaded on first request.
 * @example const card = onDemand(() => injectedModule('hover-card', inject), { arrived: (factory) => show(factory) });
 */
export function onDemand<T>(load: () => Promise<T>, events: OnDemandEvents<T> = {}): OnDemand<T> {
  let value: T | undefined;
  let pending = false;
  return {
    get value() {
      return value;
    },
    get pending() {
      return pending;
    },
    request() {
      if (value !== undefined || pending) return;
      pending = true;
      load().then(
        (loaded) => {
          pending = false;
          value = loaded;
          events.arrived?.(loaded);
        },
        () => {
          pending = false;
          events.failed?.();
        },
      );
    },
  };
}

/**
 * Has the background inject a module into this frame and returns what it left (see ON_DEMAND_MODULES); a module
 * injected already (with the detector, into an embedded frame: DETECTOR_FILES) is not asked for again.
 * @example
 * const factory = await injectedModule<MatchCardFactory>('hover-card', (name) => send('detect/module', { name }));
 */
export async function injectedModule<T>(
  name: OnDemandName,
  inject: (name: OnDemandName) => Promise<unknown>,
  scope: object = globalThis,
): Promise<T> {
  const left = () => (scope as Record<string, T | undefined>)[onDemandGlobal(name)];
  if (left() === undefined) await inject(name);
  const value = left();
  if (value === undefined) throw new Error(`${name} was not injected`);
  return value;
}

/**
 * The detector (entrypoints/content.ts) and its highlight styles: the manifest runs them in the top frame, which then
 * asks for the page scanner (`page-detect`) while its dictionary loads; an embedded frame evaluates only the small
 * frame script (entrypoints/frame.content.ts), which asks the background to inject them, the scanner first, in one
 * go (`detect/frame`) once the frame holds words (lib/detect/frame-worth.ts). Ads, trackers and pixels never do.
 */
export const DETECTOR_FILES = {
  scripts: [onDemandFile('page-detect'), '/content-scripts/content.js'],
  styles: '/content-scripts/content.css',
} as const;
/** What the detector leaves in its isolated world, so that a second injection into one document stops at once. */
export const DETECTOR_GLOBAL = '__spoor:detector';

/**
 * Whether this is the detector's first run in this isolated world (and marks it run): a frame navigated while its
 * injection was on its way, or a compromised frame asking twice, never gets two detectors.
 * @example if (!claimDetector()) return;
 */
export function claimDetector(scope: object = globalThis): boolean {
  const globals = scope as Record<string, unknown>;
  if (globals[DETECTOR_GLOBAL]) return false;
  return (globals[DETECTOR_GLOBAL] = true);
}
