// web-ext ships no types; these cover the two commands the Firefox tests call
// (see node_modules/web-ext/lib/cmd/lint.js and run.js for the full options).
declare module 'web-ext' {
  /** One addons-linter finding. */
  export interface LintMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }

  interface RemoteFirefox {
    /** The add-on's form as Firefox's remote debugging protocol lists it (`listAddons`). */
    getInstalledAddon(addonId: string): Promise<Record<string, unknown>>;
  }

  export interface ExtensionRunner {
    extensionRunners: { remoteFirefox?: RemoteFirefox }[];
    exit(): Promise<void>;
  }

  export const cmd: {
    lint(
      params: { sourceDir: string; output: 'none' | 'json' | 'text'; selfHosted?: boolean; warningsAsErrors?: boolean },
      options: { shouldExitProgram: false },
    ): Promise<LintResult>;
    run(
      params: {
        sourceDir: string;
        target?: ('firefox-desktop' | 'firefox-android' | 'chromium')[];
        firefox?: string;
        firefoxProfile?: string;
        profileCreateIfMissing?: boolean;
        keepProfileChanges?: boolean;
        pref?: Record<string, boolean | number | string>;
        args?: string[];
        startUrl?: string | string[];
        noReload?: boolean;
        noInput?: boolean;
      },
      options?: { shouldExitProgram?: boolean },
    ): Promise<ExtensionRunner>;
  };
}

declare module 'web-ext/util/logger' {
  /** Where web-ext's log goes: captured messages stay in memory until flushed. */
  export const consoleStream: {
    startCapturing(): void;
    stopCapturing(): void;
    flushCapturedLogs(): void;
  };
}
