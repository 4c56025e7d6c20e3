import { AdminPageHeader } from '@/components/admin/page-header';
import { InviteStaffForm } from '@/components/admin/invite-staff-form';
import { RoleForm } from '@/components/admin/role-form';
import { requireAdminPage } from '@/lib/auth/guards';
import { listStaff } from '@/lib/auth/queries';
import { formatDate } from '@/lib/dates';

export const metadata = { title: 'Staff' };

export default async function StaffPage() {
  const viewer = await requireAdminPage('/admin/staff');
  const staff = await listStaff();
  return (
    <>
      <AdminPageHeader title="Staff">Admins manage everything, including staff. Support agents answer customers and handle orders and returns.</AdminPageHeader>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="team" className="overflow-x-auto rounded-2xl border border-line bg-white">
          <h2 id="team" className="sr-only">Team</h2>
          <table className="w-full text-left">
            <thead className="border-b border-line text-sm text-ink-soft">
              <tr>
                <th scope="col" className="p-4">Person</th>
                <th scope="col" className="p-4">Last signed in</th>
                <th scope="col" className="p-4">Role</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <tr key={member.id} className="border-b border-line last:border-0">
                  <td className="p-4">
                    {member.email}
                    {member.id === viewer.id && <span className="ml-2 text-sm text-ink-soft">(you)</span>}
                  </td>
                  <td className="p-4 text-sm">{member.lastSignInAt ? formatDate(member.lastSignInAt) : 'Not yet'}</td>
                  <td className="p-4">
                    <RoleForm userId={member.id} email={member.email} role={member.role} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="invite" className="rounded-2xl border border-line bg-white p-5">
          <h2 id="invite" className="text-xl font-bold">Add someone</h2>
          <p className="mt-1 mb-4 text-sm text-ink-soft">They get an e-mail and sign in with a one-time link.</p>
          <InviteStaffForm />
        </section>
      </div>
    </>
  );
}
