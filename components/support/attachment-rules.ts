import 'server-only';
import { describeKinds, formatBytes, acceptOf } from '@/lib/storage/format';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE } from '@/lib/support/schemas';

export interface AttachmentRules {
  accept: string;
  hint: string;
}

/** What the file inputs accept, worked out on the server (the limits live in server-only code) and passed to the forms. */
export function attachmentRules(): AttachmentRules {
  return {
    accept: acceptOf(ATTACHMENT_KINDS),
    hint: `Optional. Up to ${ATTACHMENTS_PER_MESSAGE} files, each a ${describeKinds(ATTACHMENT_KINDS)} of at most ${formatBytes(ATTACHMENT_MAX_BYTES)}. Only you and our team can open them.`,
  };
}
