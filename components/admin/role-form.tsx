'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/action-result';
import { changeRoleAction } from '@/lib/auth/admin-actions';

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: 'ADMIN' | 'SUPPORT' | 'CUSTOMER' }) {
  const [result, action, pending] = useActionState(changeRoleAction, { ok: true } as ActionResult);
  const id = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">Role for {email}</label>
      <select id={id} name="role" defaultValue={role} className="min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3">
        <option value="ADMIN">Admin</option>
        <option value="SUPPORT">Support</option>
        <option value="CUSTOMER">Remove from staff</option>
      </select>
      <Button type="submit" variant="secondary" disabled={pending} className="min-h-11 px-4">
        Save<span className="sr-only"> role for {email}</span>
      </Button>
      {result.message && (
        <p role={result.ok ? 'status' : 'alert'} className={`w-full text-sm ${result.ok ? 'text-teal-dark' : 'text-accent'}`}>
          {result.message}
        </p>
      )}
    </form>
  );
}
