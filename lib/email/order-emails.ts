import { formatMoney } from '@/lib/money';
import { promiseWording } from '@/lib/site';
import { renderEmail, type RenderedEmail } from './render';

/** The e-mails that follow an order through its life. */
export interface OrderEmailInput {
  number: string;
  currency: string;
  items: { name: string; quantity: number; unitPriceCents: number }[];
  subtotalCents: number;
  shippingCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  shippingName: string | null;
  shippingMethod: string | null;
  orderUrl: string;
}

function money(amount: number, currency: string): string {
  return formatMoney({ amount, currency });
}

export function orderConfirmationEmail(order: OrderEmailInput): RenderedEmail {
  const rows: [string, string][] = order.items.map((item) => [
    `${item.quantity} × ${item.name}`,
    money(item.unitPriceCents * item.quantity, order.currency),
  ]);
  rows.push(['Subtotal', money(order.subtotalCents, order.currency)]);
  rows.push([`Shipping${order.shippingMethod ? ` (${order.shippingMethod})` : ''}`, money(order.shippingCents, order.currency)]);
  if (order.discountCents) rows.push(['Discount', `−${money(order.discountCents, order.currency)}`]);
  if (order.taxCents) rows.push(['Tax', money(order.taxCents, order.currency)]);
  rows.push(['Total paid', money(order.totalCents, order.currency)]);
  return renderEmail({
    subject: `Order ${order.number} confirmed`,
    preheader: `Thanks${order.shippingName ? `, ${order.shippingName.split(' ')[0]}` : ''}: we have your order and are getting it ready.`,
    blocks: [
      { kind: 'heading', text: `Thank you for your order` },
      {
        kind: 'paragraph',
        text: `We have received your payment for order ${order.number}. We will e-mail you again with a tracking link as soon as it ships.`,
      },
      { kind: 'rows', rows },
      { kind: 'button', label: 'View your order', url: order.orderUrl },
      {
        kind: 'note',
        text: `Every QL Claw comes with a ${promiseWording.guaranteeDays}-day money-back guarantee. Questions? Reply to this e-mail: ${promiseWording.supportHours}`,
      },
    ],
  });
}

export function orderShippedEmail(input: {
  number: string;
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
  orderUrl: string;
}): RenderedEmail {
  return renderEmail({
    subject: `Order ${input.number} is on its way`,
    preheader: `Shipped with ${input.carrier}, tracking number ${input.trackingNumber}.`,
    blocks: [
      { kind: 'heading', text: 'Your QL Claw is on its way' },
      {
        kind: 'paragraph',
        text: `Order ${input.number} has shipped with ${input.carrier}. Your tracking number is ${input.trackingNumber}.`,
      },
      input.trackingUrl
        ? { kind: 'button', label: 'Track your parcel', url: input.trackingUrl }
        : { kind: 'button', label: 'View your order', url: input.orderUrl },
      { kind: 'note', text: `Your ${promiseWording.guaranteeDays}-day money-back guarantee starts when the parcel is delivered.` },
    ],
  });
}

export function orderLookupEmail(input: { number: string; url: string; validHours: number }): RenderedEmail {
  return renderEmail({
    subject: `Your link to order ${input.number}`,
    preheader: 'Open your order to see its status and tracking.',
    blocks: [
      { kind: 'heading', text: `Order ${input.number}` },
      { kind: 'paragraph', text: 'Someone (hopefully you) asked to see this order. Use the button to open it; no account needed.' },
      { kind: 'button', label: 'View order status', url: input.url },
      { kind: 'note', text: `The link works for ${input.validHours} hours. If you did not ask for it, you can ignore this e-mail.` },
    ],
  });
}

/** A payment arrived for stock that had gone meanwhile (an unreserved checkout): the money goes back in full. */
export function orderOversoldEmail(input: { number: string; totalCents: number; currency: string }): RenderedEmail {
  return renderEmail({
    subject: `Order ${input.number}: sold out, your payment is refunded`,
    preheader: `We are refunding ${money(input.totalCents, input.currency)} in full.`,
    blocks: [
      { kind: 'heading', text: 'Sorry: it sold out while you were paying' },
      {
        kind: 'paragraph',
        text: `The last units went to other customers before your payment for order ${input.number} reached us, so we cannot send it. We are refunding ${money(input.totalCents, input.currency)} in full to the card you paid with; banks usually show it within 5 to 10 days.`,
      },
      { kind: 'note', text: 'Nothing else is needed from you. Questions? Reply to this e-mail and a real person will answer.' },
    ],
  });
}
