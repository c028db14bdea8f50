import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const apiPort = Number(process.env.AGENTBOARD_API_PORT ?? 5174);
const appPort = Number(process.env.AGENTBOARD_APP_PORT ?? 5173);
const proxy = { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } };

// The app consumes agentboard as a host would: the *built* package in ../../dist (run `npm run build`
// at the repo root first), never src/.
export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^agentboard\/styles\.css$/, replacement: resolve(repo, 'dist/styles.css') },
      { find: /^agentboard$/, replacement: resolve(repo, 'dist/index.js') },
    ],
    dedupe: ['react', 'react-dom'],
  },
  server: { host: '127.0.0.1', port: appPort, strictPort: true, proxy, fs: { allow: [repo] } },
  preview: { host: '127.0.0.1', port: appPort, strictPort: true, proxy },
  // One chunk for a small demo (React + agentboard + its dependencies) is fine.
  build: { outDir: resolve(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  logLevel: 'warn',
});
