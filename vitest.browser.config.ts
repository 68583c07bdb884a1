// The browser test of the HTML report (npm run test:browser): Chromium, so not part of npm test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    // A cold Chromium on a busy CI machine can take a while; nothing here waits on a fixed delay.
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
