import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/guards';
import { canManageStaff } from '@/lib/auth/policy';
import { formatOrderNumber, parseOrderNumber } from '@/lib/orders/format';
import { getOrderHold } from '@/lib/orders/holds';
import { getOrderForStaff } from '@/lib/orders/queries';
import { getOrderReturnsForStaff } from '@/lib/returns/admin-queries';
import { OrderDetailTemplate } from './_components/order-detail-template';

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseOrderNumber((await params).number);
  return { title: number ? `Order ${formatOrderNumber(number)}` : 'Order' };
}

export default async function AdminOrderPage({ params }: Props) {
  const number = parseOrderNumber((await params).number);
  const viewer = await requireStaffPage(number ? `/admin/orders/${formatOrderNumber(number)}` : '/admin/orders');
  const [order, returns, hold] = number
    ? await Promise.all([getOrderForStaff(number), getOrderReturnsForStaff(number), getOrderHold(number)])
    : [null, null, null];
  if (!order || !returns) notFound();
  const today = new Date().toISOString().slice(0, 10);
  return <OrderDetailTemplate order={order} returns={returns} canClearDispute={canManageStaff(viewer.role)} hold={hold} today={today} />;
}
