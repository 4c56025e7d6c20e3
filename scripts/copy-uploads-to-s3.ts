/**
 * `npm run storage:copy-to-s3`: copies the uploads kept on this machine's disk (UPLOAD_DIR) into the bucket
 * (S3_BUCKET and its companions), before switching the store to object storage. Safe to run again: files the
 * bucket already holds are skipped. Exits non-zero if a setting is wrong, the bucket is unreachable or a file failed.
 */
import { storageSchema } from '../lib/env/storage';
import { copyDiskToS3 } from '../lib/storage/copy-to-s3';
import { s3SettingsOf } from '../lib/storage/configured';
import { S3Storage } from '../lib/storage/s3';

const HINTS: Record<number, string> = { 301: 'wrong S3_REGION?', 403: 'these credentials may not use it', 404: 'no such bucket' };
/** Bodiless answers (HeadBucket) come back as "Unknown"/"UnknownError": the status says more. */
const VAGUE = ['Unknown', 'UnknownError'];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const source = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ''));
const parsed = storageSchema.safeParse(source);
if (!parsed.success) {
  fail(`Invalid configuration:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
}
const settings = s3SettingsOf(parsed.data);
if (!settings) {
  fail('S3_BUCKET is not set: set it (and S3_ENDPOINT, S3_REGION, credentials as needed) to the bucket the uploads should go to.');
}

const bucket = new S3Storage(settings);
const where = `bucket "${settings.bucket}" at ${settings.endpoint ?? `AWS S3 (${settings.region})`}`;
try {
  await bucket.ping(10_000);
} catch (error) {
  fail(`Cannot use the ${where}: ${describe(error)}. Check S3_BUCKET, S3_ENDPOINT, S3_REGION and the credentials.`);
}

console.log(`Copying ${parsed.data.UPLOAD_DIR} to the ${where}…`);
try {
  const report = await copyDiskToS3(parsed.data.UPLOAD_DIR, bucket);
  console.log(
    `${report.copied} copied, ${report.skipped} already there, ${report.failed.length} failed, ${report.ignored.length} ignored.`,
  );
  for (const path of report.ignored) console.log(`  ignored (not a stored file): ${path}`);
  for (const { key, error } of report.failed) console.error(`  failed: ${key}: ${error}`);
  if (report.failed.length) fail('Some files were not copied: fix the cause and run the command again (copied files are skipped).');
} catch (error) {
  fail(`The copy stopped: ${describe(error)}`);
}
bucket.client.destroy();

/** The error's name, HTTP status and message, without repeating what says nothing. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const parts = [
    VAGUE.includes(error.name) ? '' : error.name,
    status ? `HTTP ${status}${HINTS[status] ? ` (${HINTS[status]})` : ''}` : '',
  ].filter(Boolean);
  const message = error.message && !VAGUE.includes(error.message) && error.message !== error.name ? `: ${error.message}` : '';
  const code = (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
  return `${parts.join(' ')}${message}${code && !error.message.includes(code) ? ` [${code}]` : ''}`;
}
