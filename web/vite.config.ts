import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// dkfds exports no subpaths, so its font files are reached through an alias to the installed folder.
const dkfdsFonts = fileURLToPath(new URL('../node_modules/dkfds/dist/fonts/IBMPlexSans/complete/woff2/', import.meta.url));

// The server serves web/dist itself (same origin); the dev server only proxies the API to it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@dkfds-fonts': dkfdsFonts } },
  // The Word and PDF readers are large but load only when a user picks such a file; the initial bundle is benched.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000', '/register': 'http://localhost:3000' } },
});
