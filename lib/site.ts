/** Facts about the store that the copy, metadata and structured data share. */
export const site = {
  name: 'QL Claw',
  description:
    'QL Claw is a hand-held deep-tissue massage tool for the muscles behind lower-back spasms: quadratus lumborum, gluteus medius, psoas and iliacus.',
  supportEmail: 'support@qlclaw.com',
} as const;

export const promises = [
  { id: 'guarantee', title: '60-day money-back guarantee', detail: 'Not for you? Send it back within 60 days for a full refund.' },
  { id: 'shipping', title: 'Fast tracked shipping worldwide', detail: 'Every order ships with a tracking number.' },
  { id: 'checkout', title: 'Secure, encrypted checkout', detail: 'Payments are encrypted end to end; we never see your card.' },
  { id: 'support', title: '24/7 support from real people', detail: 'Write to us any time and a human answers.' },
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
    where: 'Hip flexor fixed to the front of the lumbar spine',
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
