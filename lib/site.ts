import { deliveryTimesSentence, deliveryWindows, SHIPPING_COUNTRY_COUNT, shippingPromiseTitle } from '@/lib/checkout/shipping-terms';
import {
  GUARANTEE_DAYS,
  guaranteeShort,
  guaranteeTerms,
  guaranteeTitle,
  RETURNS_ARE_FREE,
  returnPostageSentence,
} from '@/lib/returns/guarantee-terms';

/** Facts about the store that the copy, metadata and structured data share. */
export const site = {
  name: 'QL Claw',
  /** The title of the home page and the default title of every page: what the tool does, not what it promises. */
  title: 'QL Claw: a hand-held tool for deep, steady pressure on your lower-back and hip muscles',
  description:
    'QL Claw is a hand-held massage tool for muscles of the lower back and hips that are hard to reach on your own. It is not a medical device.',
  supportEmail: 'support@qlclaw.com',
} as const;

/**
 * When real people answer support. Nothing in the store staffs it around the
 * clock, so no copy may say "24/7": the guard (lib/content/claims-guard.ts)
 * allows it only if `everyHour` is true.
 */
export const supportHours = {
  everyHour: false,
  days: 'Monday to Friday',
  /** schema.org day names, for structured data. */
  dayNames: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  opens: '09:00',
  closes: '17:00',
  timeZoneLabel: 'UK time',
  replyWithin: 'one working day',
} as const;

export function supportHoursSentence(): string {
  return `Real people answer ${supportHours.days}, ${supportHours.opens} to ${supportHours.closes} ${supportHours.timeZoneLabel}, usually within ${supportHours.replyWithin}.`;
}

/** The configured terms every promise must agree with (checked by lib/content/claims-guard.ts). */
export const storeTerms = {
  countryCount: SHIPPING_COUNTRY_COUNT,
  deliveryWindows: deliveryWindows(),
  guaranteeDays: GUARANTEE_DAYS,
  returnsAreFree: RETURNS_ARE_FREE,
  supportEveryHour: supportHours.everyHour,
} as const;

/** Longer promise sentences, for help topics, FAQs and e-mails. */
export const promiseWording = {
  guaranteeInDetail: guaranteeTerms(),
  deliveryTimes: deliveryTimesSentence(),
  supportHours: supportHoursSentence(),
  returnPostage: returnPostageSentence(),
  guaranteeDays: GUARANTEE_DAYS,
} as const;

/** The four store promises; every word follows the store's configuration. */
export const promises = [
  { id: 'guarantee', title: guaranteeTitle(), detail: guaranteeShort() },
  { id: 'shipping', title: shippingPromiseTitle(), detail: `Every order has a tracking number. ${deliveryTimesSentence()}` },
  {
    id: 'checkout',
    title: 'Secure, encrypted checkout',
    detail: 'Your card details go to our payment provider over an encrypted connection and never reach us.',
  },
  { id: 'support', title: 'Support from real people', detail: supportHoursSentence() },
] as const;

export type PromiseId = (typeof promises)[number]['id'];

export const muscles = [
  {
    slug: 'quadratus-lumborum',
    name: 'Quadratus lumborum',
    short: 'QL',
    where: 'Deep in the lower back, either side of the spine',
    why: 'Holds the spine stiff the moment it senses a threat.',
  },
  {
    slug: 'gluteus-medius',
    name: 'Gluteus medius',
    short: 'Glute med',
    where: 'The upper, outer part of the buttock',
    why: 'Steadies the pelvis and takes a share of every lift.',
  },
  {
    slug: 'psoas',
    name: 'Psoas',
    short: 'Psoas',
    where: 'Hip flexor attached to the front of the lumbar spine',
    why: 'Pulls on the low back from the front when it is stressed.',
  },
  {
    slug: 'iliacus',
    name: 'Iliacus',
    short: 'Iliacus',
    where: 'Hip flexor lining the inside of the pelvis',
    why: 'Works with the psoas and feels almost the same when tight.',
  },
] as const;
