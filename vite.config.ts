/// <reference types="vitest/config" />
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  // JSON imports widen string literals (e.g. data_collection_permissions values) to string. crxjs's type wants
  // a version, which manifest.json leaves to package.json (finish-manifest.mjs writes and checks it too).
  plugins: [preact(), crx({ manifest: { ...manifest, version: packageJson.version } as ManifestV3Export })],
  build: {
    outDir: process.env.DETOUR_DIST ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // crxjs builds the pages the manifest names; the welcome page (opened by the background on install) is not one.
    rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
  },
  test: {
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    // Unit tests run side by side; the real-browser files one at a time, so that two browsers do not
    // fight over this machine's two cores (and the timing of a worker stopped mid-burst stays honest).
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
