import { SectionNotLive } from '@/components/admin/section-not-live';
import { requireStaffPage } from '@/lib/auth/guards';

export const metadata = { title: 'Support' };

export default async function AdminSupportPage() {
  await requireStaffPage('/admin/support');
  return <SectionNotLive title="Support" description="Customer conversations will arrive here once the support inbox is live." />;
}
