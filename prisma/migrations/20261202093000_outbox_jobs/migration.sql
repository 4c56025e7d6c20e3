-- E-mail is now delivered by graphile-worker (lib/jobs): one `send-email` job per outbox message, keyed by the
-- message's id, enqueued in the transaction that writes the message. Messages still waiting when this runs were
-- written before that and have no job: give each one now, due when the old poller would have tried it (a message
-- mid-send by an old instance once its lease ends), with the attempts it has left. Sent and failed messages get none.
-- Runs once (it is recorded in _prisma_migrations), and the job key would keep a second run from doubling a job.
SELECT graphile_worker.add_job(
  'send-email',
  json_build_object('messageId', m.id),
  run_at => (CASE WHEN m.status = 'SENDING' THEN COALESCE(m."lockedUntil", m."nextAttemptAt") ELSE m."nextAttemptAt" END) AT TIME ZONE 'UTC',
  max_attempts => GREATEST(m."maxAttempts" - m.attempts, 1),
  job_key => 'send-email:' || m.id
)
FROM "OutboxMessage" AS m
WHERE m.status IN ('PENDING', 'SENDING')
ORDER BY m."createdAt";
