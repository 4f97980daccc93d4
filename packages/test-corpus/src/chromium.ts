/** How the tests start Chromium: the machine's own browser (none is downloaded), quiet and without sandbox. */
export interface ChromiumLaunchOptions {
  executablePath: string;
  args: string[];
}

/** The Chromium the browser tests run: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumLaunchOptions(): ChromiumLaunchOptions {
  return {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    // No network of its own (updates, sync, QUIC probes): test results must not depend on the outside.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

/**
 * The `test.browser` setting of a Vitest project that runs in that Chromium, headless, with the
 * provider factory of `@vitest/browser-playwright` (`playwright`) handed in, so this package
 * needs no browser dependency. A fresh object per call: each project gets its own.
 */
export function vitestChromium<Provider>(provider: (options: { launchOptions: ChromiumLaunchOptions }) => Provider) {
  return {
    enabled: true,
    headless: true,
    provider: provider({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}

/** What a package's Chromium project runs besides its `*.browser.test.ts` files. */
export interface ChromiumProjectOptions {
  /** Tests that run in Node and in Chromium alike (e.g. a conformance runner). */
  alsoInChromium?: string[];
  /** Vitest global setup of the Chromium project (e.g. data read in Node and handed to the browser). */
  globalSetup?: string[];
}

/**
 * The two Vitest projects of a package with browser tests: `node` runs `test/**\/*.test.ts`
 * except the `*.browser.test.ts` files, which `chromium` runs in {@link vitestChromium}.
 */
export function nodeAndChromiumProjects<Provider>(provider: (options: { launchOptions: ChromiumLaunchOptions }) => Provider, options: ChromiumProjectOptions = {}) {
  return [
    { extends: true as const, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], environment: 'node' } },
    {
      extends: true as const,
      test: {
        name: 'chromium',
        include: [...(options.alsoInChromium ?? []), 'test/**/*.browser.test.ts'],
        ...(options.globalSetup ? { globalSetup: options.globalSetup } : {}),
        browser: vitestChromium(provider),
      },
    },
  ];
}
