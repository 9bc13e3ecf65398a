import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// No @vitejs/plugin-react: its optional Babel peers do not resolve with this lock file, and
// Vite's own transform (Oxc) compiles TSX with the automatic runtime. Dev reloads the page
// instead of Fast Refresh, which is all we need.
export default defineConfig({
  root: here('.'),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: { alias: { '@niaz/text': here('../../libs/text/src/index.ts') } },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // react-router marks its modules "use client"; meaningless in a plain SPA bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    // The dev server proxies the API to a locally running api (npm run start:api).
    proxy: { '/api': process.env.NIAZ_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
