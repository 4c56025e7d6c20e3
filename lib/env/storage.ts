import { z } from 'zod';

/** Object storage (issue 14). Unset S3_BUCKET: files stay on the disk under UPLOAD_DIR (one machine). */
export const storageFields = {
  /** Where uploaded files are kept (disk storage): absolute, or relative to the working directory. */
  UPLOAD_DIR: z.string().trim().min(1).default('.data/uploads'),
};
