import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card } from '@/components/admin/detail-card';
import { BreachingBadge, SenderUnverifiedBadge, TicketPriorityBadge, TicketStatusBadge } from '@/components/admin/ticket-badges';
import { StaffTicketConversation } from '@/components/admin/ticket-conversation';
import { TicketCustomerPanel } from '@/components/admin/ticket-customer-panel';
import { TicketHistory, TicketTimes } from '@/components/admin/ticket-facts';
import { TicketReplyForm } from '@/components/admin/ticket-reply-form';
import { TicketSavedReplyPicker } from '@/components/admin/ticket-saved-reply-picker';
import { TicketUpdateForm } from '@/components/admin/ticket-update-form';
import { StaffRevokeLinks } from '@/components/links/staff-revoke-links';
import { DetailHeader } from '@/components/staff/detail-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { listStaff, type StaffMemberDto } from '@/lib/auth/queries';
import { env } from '@/lib/env';
import { getTicketForStaff, type TicketDetailDto } from '@/lib/support/admin-queries';
import { getCustomerContext } from '@/lib/support/customer-context-queries';
import { revokeTicketLinksAction } from '@/lib/support/link-admin-actions';
import { parseTicketRef } from '@/lib/support/admin-schemas';
import { formatTicketNumber } from '@/lib/support/format';
import { fillPlaceholders, firstNameOf, getSavedReply, listSavedReplies } from '@/lib/support/saved-replies';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseTicketRef((await params).number);
  return { title: number ? `Ticket ${formatTicketNumber(number)}` : 'Ticket' };
}

/** The staff list, plus a former staff member who still holds the ticket (so saving keeps them). */
function assigneeOptions(staff: StaffMemberDto[], ticket: TicketDetailDto): { id: string; label: string }[] {
  const options = staff.map((s) => ({ id: s.id, label: s.name ? `${s.name} (${s.email})` : s.email }));
  if (ticket.assigneeId && !options.some((o) => o.id === ticket.assigneeId))
    options.push({ id: ticket.assigneeId, label: `${ticket.assignee} (no longer staff)` });
  return options;
}

export default async function AdminTicketPage({ params, searchParams }: Props) {
  const number = parseTicketRef((await params).number);
  await requireStaffPage(number ? `/admin/support/${formatTicketNumber(number)}` : '/admin/support');
  const hours = env().SUPPORT_FIRST_RESPONSE_HOURS;
  const ticket = number ? await getTicketForStaff(number, { firstResponseHours: hours }) : null;
  if (!ticket) notFound();
  const { reply } = await searchParams;
  const chosen = typeof reply === 'string' && reply ? reply : null;
  const [context, staff, replies, saved] = await Promise.all([
    getCustomerContext(ticket.id),
    listStaff(),
    listSavedReplies(),
    chosen ? getSavedReply(chosen) : null,
  ]);
  const prefill = saved
    ? fillPlaceholders(saved.body, {
        firstName: firstNameOf(ticket.name),
        orderNumber: ticket.orderNumber ?? context?.orders[0]?.number ?? null,
        ticketNumber: ticket.number,
      })
    : '';
  return (
    <>
      <DetailHeader back={{ href: '/admin/support', label: 'Support inbox' }} title={`Ticket ${ticket.number}`} subtitle={ticket.subject}>
        <TicketStatusBadge status={ticket.status} />
        <TicketPriorityBadge priority={ticket.priority} />
        {ticket.breaching && <BreachingBadge hours={hours} />}
        {!ticket.senderVerified && <SenderUnverifiedBadge />}
        <span>Assigned to {ticket.assignee ?? 'nobody'}</span>
        {ticket.tags.length > 0 && <span>Tags: {ticket.tags.join(', ')}</span>}
      </DetailHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <StaffTicketConversation messages={ticket.messages} />
          <Card id="reply" title="Reply">
            <div className="flex flex-col gap-4">
              <TicketSavedReplyPicker number={ticket.number} replies={replies} chosen={saved?.id ?? null} />
              <TicketReplyForm key={saved?.id ?? 'blank'} number={ticket.number} prefill={prefill} />
            </div>
          </Card>
          <TicketHistory events={ticket.events} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <Card id="manage" title="Manage">
            <TicketUpdateForm
              ticket={{
                number: ticket.number,
                status: ticket.status,
                priority: ticket.priority,
                assigneeId: ticket.assigneeId,
                tags: ticket.tags,
              }}
              staff={assigneeOptions(staff, ticket)}
            />
          </Card>
          <TicketTimes ticket={ticket} targetHours={hours} />
          <StaffRevokeLinks action={revokeTicketLinksAction} number={ticket.number} what="this conversation" />
          <TicketCustomerPanel name={ticket.name} email={ticket.email} context={context} />
        </div>
      </div>
    </>
  );
}
