import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['archive/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
