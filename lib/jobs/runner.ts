/**
 * Runs named jobs on their intervals. Each job runs one pass at a time per
 * process (a slow pass is not stacked on), its errors are logged under its
 * name and never stop the others, and the timers do not keep the process
 * alive. Stopping waits for passes already under way.
 */
export interface Job {
  /** Kebab-case; it prefixes the job's log lines. */
  name: string;
  everyMs: number;
  /** Run a first pass at once rather than after the first interval. */
  runAtStart?: boolean;
  /** One pass. What it returns, when anything, is logged: say what the pass did, or nothing when it did nothing. */
  run: () => Promise<string | void>;
}

export interface JobLog {
  log: (message: string) => void;
  error: (message: string, error: unknown) => void;
}

export function startJobs(jobs: readonly Job[], log: JobLog = console): () => Promise<void> {
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  const tick = (job: Job) => {
    if (stopped || running.has(job.name)) return;
    const pass = job
      .run()
      .then((done) => {
        if (done) log.log(`[${job.name}] ${done}`);
      })
      .catch((error: unknown) => log.error(`[${job.name}] failed`, error))
      .finally(() => running.delete(job.name));
    running.set(job.name, pass);
  };
  const timers = jobs.map((job) => {
    const timer = setInterval(() => tick(job), job.everyMs);
    timer.unref();
    return timer;
  });
  for (const job of jobs) if (job.runAtStart) tick(job);
  return async () => {
    stopped = true;
    timers.forEach(clearInterval);
    await Promise.all(running.values());
  };
}
