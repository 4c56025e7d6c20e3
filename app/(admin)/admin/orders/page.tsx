import { SectionNotLive } from '@/components/admin/section-not-live';
import { requireStaffPage } from '@/lib/auth/guards';

export const metadata = { title: 'Orders' };

export default async function AdminOrdersPage() {
  await requireStaffPage('/admin/orders');
  return <SectionNotLive title="Orders" description="Paid orders, shipping and delivery will be managed here once checkout is live." />;
}
