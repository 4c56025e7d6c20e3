import { InviteStaffForm } from '@/components/admin/invite-staff-form';
import { AdminPageHeader } from '@/components/admin/page-header';
import { requireAdminPage } from '@/lib/auth/guards';
import { listStaff } from '@/lib/auth/queries';
import { StaffTable } from './_components/staff-table';

export const metadata = { title: 'Staff' };

export default async function StaffPage() {
  const viewer = await requireAdminPage('/admin/staff');
  const staff = await listStaff();
  return (
    <>
      <AdminPageHeader title="Staff">
        Admins manage everything, including staff. Support agents answer customers and handle orders and returns.
      </AdminPageHeader>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <StaffTable staff={staff} viewerId={viewer.id} />
        <section aria-labelledby="invite" className="rounded-2xl border border-line bg-white p-5">
          <h2 id="invite" className="text-xl font-bold">
            Add someone
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-soft">They get an e-mail and sign in with a one-time link.</p>
          <InviteStaffForm />
        </section>
      </div>
    </>
  );
}
