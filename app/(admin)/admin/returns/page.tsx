import { SectionNotLive } from '@/components/admin/section-not-live';
import { requireStaffPage } from '@/lib/auth/guards';

export const metadata = { title: 'Returns' };

export default async function AdminReturnsPage() {
  await requireStaffPage('/admin/returns');
  return <SectionNotLive title="Returns" description="Return requests under the 60-day guarantee will queue here once returns are live." />;
}
