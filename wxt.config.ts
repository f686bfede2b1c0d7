import { defineConfig } from 'wxt';

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Lets parallel builds (benchmarks, browser tests) write to separate folders.
  outDir: process.env.SPOOR_OUT_DIR ?? '.output',
  manifest: {
    name: 'Spoor',
    description: 'Highlights CITES-listed species on marketplace pages, flags ads with evidence, exports batches.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    browser_specific_settings: {
      gecko: { id: 'spoor@spoor.example', strict_min_version: '128.0' },
    },
  },
});
