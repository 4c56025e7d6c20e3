import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { Card } from '@/components/admin/detail-card';
import { DeleteSavedReplyForm, SavedReplyForm } from '@/components/admin/support-saved-reply-form';
import { requireStaffPage } from '@/lib/auth/guards';
import { SAVED_REPLY_PLACEHOLDERS } from '@/lib/support/admin-schemas';
import { listSavedReplies } from '@/lib/support/saved-replies';

export const metadata = { title: 'Saved replies' };

const summaryClass = 'inline-flex min-h-11 cursor-pointer items-center font-semibold text-teal-dark underline underline-offset-4';

export default async function SavedRepliesPage() {
  await requireStaffPage('/admin/support/saved-replies');
  const replies = await listSavedReplies();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/support">← Support inbox</Link>
      </p>
      <AdminPageHeader title="Saved replies">
        Answers to common questions, inserted into a ticket’s reply box and edited before sending.
      </AdminPageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="replies" className="flex min-w-0 flex-col gap-4">
          <h2 id="replies" className="text-xl font-bold">
            {replies.length === 1 ? '1 saved reply' : `${replies.length} saved replies`}
          </h2>
          {replies.length === 0 && (
            <p className="rounded-2xl border border-dashed border-line bg-white p-6 text-ink-soft">
              None yet. Add the first one with the form.
            </p>
          )}
          {replies.map((reply) => (
            <article key={reply.id} aria-labelledby={`reply-${reply.id}`} className="rounded-2xl border border-line bg-white p-5">
              <h3 id={`reply-${reply.id}`} className="text-lg font-semibold break-words">
                {reply.title}
              </h3>
              <p className="mt-2 break-words whitespace-pre-line text-ink-soft">{reply.body}</p>
              <details className="mt-3 border-t border-line pt-2">
                <summary className={summaryClass}>
                  Edit<span className="sr-only">&nbsp;“{reply.title}”</span>
                </summary>
                <div className="pt-3">
                  <SavedReplyForm reply={reply} />
                </div>
              </details>
              <details className="border-t border-line pt-2">
                <summary className={summaryClass}>
                  Delete<span className="sr-only">&nbsp;“{reply.title}”</span>
                </summary>
                <div className="pt-3">
                  <DeleteSavedReplyForm id={reply.id} title={reply.title} />
                </div>
              </details>
            </article>
          ))}
        </section>
        <div className="flex min-w-0 flex-col gap-6">
          <Card id="new-reply" title="New saved reply">
            <SavedReplyForm />
          </Card>
          <Card id="placeholders" title="Placeholders">
            <dl className="flex flex-col gap-2">
              {SAVED_REPLY_PLACEHOLDERS.map((p) => (
                <div key={p.key}>
                  <dt>
                    <code className="rounded bg-sand px-1.5 py-0.5 font-mono text-sm">{`{{${p.key}}}`}</code>
                  </dt>
                  <dd className="text-sm text-ink-soft">{p.description}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-ink-soft">
              A placeholder with nothing to fill it (a customer without orders) stays as typed, and a reply still holding one cannot be
              sent.
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
