import { formatDateTime } from '@/lib/dates';
import { formatBytes } from '@/lib/storage/format';
import type { TicketMessageDto } from '@/lib/support/queries';

/** The public conversation, oldest first; each attachment opens through its own short-lived link. */
export function CustomerTicketConversation({ messages }: { messages: TicketMessageDto[] }) {
  return (
    <ol className="mt-4 flex flex-col gap-4">
      {messages.map((message) => (
        <li
          key={message.id}
          className={`rounded-2xl border p-4 sm:p-5 ${message.fromCustomer ? 'border-line bg-white sm:mr-10' : 'border-teal/40 bg-teal-light sm:ml-10'}`}
        >
          <p className="text-sm">
            <strong>{message.fromCustomer ? 'You' : `${message.authorName}, QL Claw support`}</strong>
            <span className="text-ink-soft"> · {formatDateTime(message.createdAt)}</span>
          </p>
          <p className="mt-2 break-words whitespace-pre-line">{message.body}</p>
          {message.attachments.length > 0 && (
            <ul className="mt-3 flex flex-col gap-1 border-t border-line pt-3 text-sm" aria-label="Attachments">
              {message.attachments.map((file) => (
                <li key={file.id}>
                  <a href={file.url} className="font-semibold break-all">
                    {file.fileName}
                  </a>{' '}
                  <span className="text-ink-soft">({formatBytes(file.size)})</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
