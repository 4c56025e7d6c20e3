import Link from 'next/link';
import { AdminPageHeader } from '@/components/admin/page-header';
import { ReturnSettingsForm } from '@/components/admin/return-settings-form';
import { requireStaffPage } from '@/lib/auth/guards';
import { canManageStaff } from '@/lib/auth/policy';
import { getReturnSettings } from '@/lib/returns/settings-store';

export const metadata = { title: 'Return policy' };

/** Support agents may read the policy they apply; only admins save it (saveReturnSettingsAction checks). */
export default async function ReturnSettingsPage() {
  const viewer = await requireStaffPage('/admin/returns/settings');
  const settings = await getReturnSettings();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/returns">← All returns</Link>
      </p>
      <AdminPageHeader title="Return policy">
        How the 60-day money-back guarantee is run. Changes apply to requests, approvals and refunds from now on.
      </AdminPageHeader>
      <section aria-label="Return policy settings" className="max-w-2xl rounded-2xl border border-line bg-white p-5">
        <ReturnSettingsForm settings={settings} canSave={canManageStaff(viewer.role)} />
      </section>
    </>
  );
}
