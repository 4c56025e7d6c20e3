import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startJobs, type Job, type JobLog } from '@/lib/jobs/runner';

function recorder(): JobLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (message) => lines.push(message), error: (message, error) => lines.push(`${message}: ${String(error)}`) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the background job runner', () => {
  it('runs each job on its own interval, and at once only when asked', async () => {
    const calls: string[] = [];
    const job = (name: string, everyMs: number, runAtStart = false): Job => ({
      name,
      everyMs,
      runAtStart,
      run: async () => void calls.push(name),
    });
    const stop = startJobs([job('fast', 1_000, true), job('slow', 5_000)], recorder());
    expect(calls).toEqual(['fast']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls.filter((c) => c === 'fast')).toHaveLength(6);
    expect(calls.filter((c) => c === 'slow')).toHaveLength(1);
    await stop();
  });

  it('never stacks a pass on one still running, and stopping waits for it', async () => {
    let release!: () => void;
    let passes = 0;
    const stop = startJobs(
      [{ name: 'slow', everyMs: 100, runAtStart: true, run: () => ((passes += 1), new Promise<void>((r) => (release = r))) }],
      recorder(),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toBe(1);
    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toBe(1);
  });

  it('logs what a pass did and a failure under the job name, and keeps running after a failure', async () => {
    const log = recorder();
    let pass = 0;
    const run = async () => {
      pass += 1;
      if (pass === 1) throw new Error('database away');
      return pass === 2 ? 'closed 3 ticket(s)' : undefined;
    };
    const stop = startJobs([{ name: 'ticket-auto-close', everyMs: 10, run }], log);
    await vi.advanceTimersByTimeAsync(30);
    expect(log.lines).toEqual(['[ticket-auto-close] failed: Error: database away', '[ticket-auto-close] closed 3 ticket(s)']);
    await stop();
  });
});
