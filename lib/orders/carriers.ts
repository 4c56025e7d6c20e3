/** Carriers staff can pick when marking an order shipped, with their tracking pages. */
export const CARRIERS = {
  USPS: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={n}',
  UPS: 'https://www.ups.com/track?tracknum={n}',
  FedEx: 'https://www.fedex.com/fedextrack/?trknbr={n}',
  DHL: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id={n}',
  'Royal Mail': 'https://www.royalmail.com/track-your-item#/tracking-results/{n}',
  'Canada Post': 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}',
  'Australia Post': 'https://auspost.com.au/mypost/track/details/{n}',
  Other: null,
} as const satisfies Record<string, string | null>;

export type Carrier = keyof typeof CARRIERS;
export const CARRIER_NAMES = Object.keys(CARRIERS) as Carrier[];

export function trackingUrl(carrier: Carrier, trackingNumber: string): string | null {
  const template = CARRIERS[carrier];
  return template ? template.replace('{n}', encodeURIComponent(trackingNumber)) : null;
}
