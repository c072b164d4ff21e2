import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/lib/vite-plugin-csp.ts';
import { datasetPlugin } from './scripts/lib/vite-plugin-dataset.ts';

// BASE_PATH=/repo-name/ for a GitHub Pages project site; "/" everywhere else.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), datasetPlugin(), cspPlugin()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
});
