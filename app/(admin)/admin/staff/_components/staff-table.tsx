import { RoleForm } from '@/components/admin/role-form';
import { DataTable, type Column } from '@/components/staff/data-table';
import type { StaffMemberDto } from '@/lib/auth/queries';
import { formatDate } from '@/lib/dates';

function columns(viewerId: string): Column<StaffMemberDto>[] {
  return [
    {
      header: 'Person',
      cell: (member) => (
        <>
          {member.email}
          {member.id === viewerId && <span className="ml-2 text-sm font-normal text-ink-soft">(you)</span>}
        </>
      ),
    },
    {
      header: 'Last signed in',
      cell: (member) => (member.lastSignInAt ? formatDate(member.lastSignInAt) : 'Not yet'),
      className: 'text-sm',
    },
    { header: 'Role', cell: (member) => <RoleForm userId={member.id} email={member.email} role={member.role} /> },
  ];
}

/** The team, admins first; each row's role can be changed in place. */
export function StaffTable({ staff, viewerId }: { staff: StaffMemberDto[]; viewerId: string }) {
  return <DataTable caption="Team" section={{ id: 'team' }} columns={columns(viewerId)} rows={staff} rowKey={(member) => member.id} />;
}
