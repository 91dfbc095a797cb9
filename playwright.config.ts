import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './tests/chromium-flags';

const mockPort = Number(process.env.E2E_MOCK_PORT ?? 4173);
const serverPort = Number(process.env.E2E_SERVER_PORT ?? 4174);
/** The built app both projects serve; another folder lets two runs on one machine build and test side by side. */
const distDir = process.env.E2E_DIST ?? 'dist';
/** A fresh database and photo folder for every run of the server project. */
const serverDataDir = mkdtempSync(join(tmpdir(), 'bureau-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  // The app is built once beforehand (`npm run test:e2e` does it); each project serves that build.
  projects: [
    {
      name: 'mock',
      testIgnore: /server\//,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${mockPort}` },
    },
    {
      name: 'server',
      testMatch: /server\/.*\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${serverPort}` },
    },
  ],
  webServer: [
    {
      // A static host: the app finds no server at /api/health and runs the in-browser mock.
      command: `npx vite preview --host 127.0.0.1 --port ${mockPort} --strictPort --outDir ${distDir}`,
      url: `http://127.0.0.1:${mockPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx src/server/main.ts`,
      url: `http://127.0.0.1:${serverPort}/api/health`,
      env: { PORT: String(serverPort), HOST: '127.0.0.1', DATA_DIR: serverDataDir, STATIC_DIR: distDir, DATABASE_URL: '' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
