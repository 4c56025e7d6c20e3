import { z } from 'zod';

const ENDPOINT_MESSAGE =
  'S3_ENDPOINT must be an absolute http(s) URL such as https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000';

/**
 * Object storage (issue 14). Unset S3_BUCKET: files stay on the disk under UPLOAD_DIR (one machine).
 * Set it, and every instance keeps its uploads in that S3-compatible bucket (AWS S3, R2, MinIO…).
 */
export const storageFields = {
  /** Where uploaded files are kept (disk storage): absolute, or relative to the working directory. */
  UPLOAD_DIR: z.string().trim().min(1).default('.data/uploads'),
  S3_BUCKET: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be a bucket name such as qlclaw-uploads (3–63 lowercase letters, digits, dots, hyphens)',
    )
    .optional(),
  /** Unset: AWS S3 itself. For R2, MinIO and the like, their endpoint (https://<account>.r2.cloudflarestorage.com). */
  S3_ENDPOINT: z
    .url(ENDPOINT_MESSAGE)
    .refine((url) => /^https?:\/\/[^/]/.test(url), ENDPOINT_MESSAGE)
    .optional(),
  S3_REGION: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'S3_REGION must be a region name such as us-east-1 (R2 takes "auto")')
    .default('us-east-1'),
  /** Both or neither: neither uses the SDK's default chain (AWS_* variables, instance or task role, ~/.aws). */
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
  /** `true` for servers without virtual-hosted buckets (MinIO, s3rver, most self-hosted ones). */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE must be "true" or "false"' })
    .transform((value) => value === 'true')
    .optional(),
  /** Optional base URL that serves the bucket's `public/` keys (a CDN, or the bucket's public path): covers link there. */
  S3_PUBLIC_URL: z
    .url('S3_PUBLIC_URL must be an absolute URL such as https://cdn.qlclaw.com')
    .refine((url) => /^https?:\/\//.test(url), 'S3_PUBLIC_URL must be an http:// or https:// URL')
    .refine((url) => !/[?#]/.test(url), 'S3_PUBLIC_URL must be a base URL, without ?query or #fragment')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
};

interface StorageSettings {
  S3_BUCKET?: string;
  S3_ENDPOINT?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE?: boolean;
  S3_PUBLIC_URL?: string;
}

const COMPANIONS = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PUBLIC_URL'] as const;

/** Settings that only make sense together: a half-configured bucket is refused at start-up, not on the first upload. */
export function checkStorageSettings(value: StorageSettings, ctx: z.RefinementCtx): void {
  if (!value.S3_BUCKET) {
    // Silently keeping files on one instance's disk is the failure this setting exists to prevent.
    for (const name of COMPANIONS.filter((field) => value[field] !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is set but S3_BUCKET is not: set S3_BUCKET to keep uploads in object storage, or unset ${name}`,
      });
    }
    return;
  }
  if (value.S3_ACCESS_KEY_ID && !value.S3_SECRET_ACCESS_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_SECRET_ACCESS_KEY'],
      message: 'S3_ACCESS_KEY_ID is set without S3_SECRET_ACCESS_KEY: set both, or neither to use the default AWS credential chain',
    });
  }
  if (value.S3_SECRET_ACCESS_KEY && !value.S3_ACCESS_KEY_ID) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_ACCESS_KEY_ID'],
      message: 'S3_SECRET_ACCESS_KEY is set without S3_ACCESS_KEY_ID: set both, or neither to use the default AWS credential chain',
    });
  }
}

/** The storage settings alone, for commands that need no database (npm run storage:copy-to-s3). */
export const storageSchema = z.object(storageFields).superRefine(checkStorageSettings);
