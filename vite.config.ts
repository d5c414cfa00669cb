/// <reference types="vitest/config" />
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  // JSON imports widen string literals (e.g. data_collection_permissions values) to string.
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export })],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
  },
});
