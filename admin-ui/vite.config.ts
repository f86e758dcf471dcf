import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the app on :5173 and sends the API to a server on :8080 (docs/admin-app.md).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // one app, loaded once per version and then cached for good (AdminApp's headers)
    chunkSizeWarningLimit: 1024,
  },
  test: {
    // plain logic (tokens, problems, positions) and screens rendered to HTML (src/test/render.tsx): no DOM needed
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
