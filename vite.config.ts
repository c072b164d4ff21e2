import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/lib/vite-plugin-csp.ts';
import { basePath } from './scripts/lib/base-path.ts';
import { datasetPlugin } from './scripts/lib/vite-plugin-dataset.ts';
import { timelineOnlyPlugin } from './scripts/lib/vite-plugin-timeline-only.ts';

export default defineConfig({
  base: basePath(process.env),
  plugins: [react(), datasetPlugin(), cspPlugin(), timelineOnlyPlugin()],
  // vis-timeline's filter of markup, replaced by escaping: the app gives it no markup to keep.
  resolve: {
    alias: { xss: fileURLToPath(new URL('./src/features/timeline/xss-as-text.ts', import.meta.url)) },
  },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
});
