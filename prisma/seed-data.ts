/** The catalogue the store starts with. Prices are in minor units (cents). */
export const seedProducts = [
  {
    slug: 'ql-claw',
    name: 'QL Claw',
    tagline: 'Deep-tissue release for the muscles behind lower-back spasms',
    description:
      'I made QL Claw after years of a locked-up lower back and a drawer full of massage gadgets that could not reach the ' +
      'right spot. Its hooked tip and long handle let you lean your own body weight into the quadratus lumborum, ' +
      'gluteus medius, psoas and iliacus: deep, steady pressure exactly where a ball or a foam roller slides off.',
    imagePath: '/images/ql-claw.svg',
    imageAlt: 'The QL Claw: a teal hand-held massage tool with a long handle and a rounded, hooked tip',
    variants: [
      { sku: 'QLC-1', name: 'QL Claw', unitsPerPack: 1, priceCents: 4900, currency: 'USD', stock: 250, position: 0 },
      { sku: 'QLC-2', name: 'QL Claw two-pack', unitsPerPack: 2, priceCents: 8900, currency: 'USD', stock: 120, position: 1 },
    ],
  },
] as const;
