import { spawn } from 'node:child_process';
import { E2E_DATABASE_URL } from './support/config';
import { expect, test } from './support/fixtures';

test('a production instance with a missing secret refuses to start, naming what is missing', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: E2E_DATABASE_URL };
  delete env.AUTH_SECRET;
  delete env.SMTP_URL;
  const child = spawn('npx', ['next', 'start', '--port', '3299', '--hostname', 'localhost'], { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 30_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain('AUTH_SECRET: AUTH_SECRET is required in production');
  expect(output).toContain('SMTP_URL: SMTP_URL is required in production');
});

test('the development mailbox does not exist in production', async ({ page }) => {
  const response = await page.goto('/dev/mailbox');
  expect(response?.status()).toBe(404);
});
