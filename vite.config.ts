import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/lib/vite-plugin-csp.ts';
import { datasetPlugin } from './scripts/lib/vite-plugin-dataset.ts';

// BASE_PATH=/repo-name/ for a GitHub Pages project site; "/" everywhere else.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), datasetPlugin(), cspPlugin()],
  // vis-timeline's filter of markup, replaced by escaping: the app gives it no markup to keep.
  resolve: {
    alias: { xss: fileURLToPath(new URL('./src/features/timeline/xss-as-text.ts', import.meta.url)) },
  },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
});
