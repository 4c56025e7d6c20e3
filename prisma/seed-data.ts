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
    inTheBox: ['1 QL Claw (or 2 in the two-pack)', 'A printed quick-start card with the four muscle routines', 'A cotton drawstring bag'],
    dimensions: 'About 32 cm long; the rounded tip is 3.5 cm across; it weighs about 240 g.',
    materials: 'Glass-fibre reinforced nylon body with a soft-touch grip. No metal parts, no batteries, nothing to charge.',
    faq: [
      {
        question: 'Is QL Claw a medical device?',
        answer:
          'No. It is a massage tool for releasing tight muscles. If your back pain comes with numbness, bladder or bowel changes, or pain that keeps you up at night, see a doctor first.',
      },
      {
        question: 'How hard should I press?',
        answer:
          'Firm enough to feel the muscle let go, never so hard that you hold your breath. Start gently, breathe out slowly and let the tool sink in over 30 to 90 seconds.',
      },
      {
        question: 'Can I use it during a spasm?',
        answer:
          'Go easy in the first days: light pressure around the sore area, not into it. Once the worst has passed, slower and deeper work usually feels best.',
      },
      {
        question: 'What if it is not for me?',
        answer: 'Send it back within 60 days of delivery for a full refund. The guarantee covers "it did not help" too.',
      },
    ],
    usage: [
      {
        muscle: 'quadratus-lumborum',
        title: 'Quadratus lumborum',
        steps:
          'Stand or sit tall, hook the tip into the soft gap between your lowest rib and the top of your hip, just beside the spine, and lean gently into it.',
      },
      {
        muscle: 'gluteus-medius',
        title: 'Gluteus medius',
        steps:
          'Lie on your side or stand against a wall, place the tip just below the bony rim of your pelvis at the side, and roll it slowly forward and back.',
      },
      {
        muscle: 'psoas',
        title: 'Psoas',
        steps:
          'Lie on your back with knees bent, place the tip a hand-width beside your belly button and let it sink in slowly as you breathe out.',
      },
      {
        muscle: 'iliacus',
        title: 'Iliacus',
        steps:
          'Lying on your back, place the tip just inside the front of your hip bone and angle it gently towards the inside of the pelvis.',
      },
    ],
    images: [{ src: '/images/ql-claw-in-use.svg', alt: 'Someone leaning QL Claw into the side of their lower back', position: 0 }],
    variants: [
      {
        sku: 'QLC-1',
        name: 'QL Claw',
        unitsPerPack: 1,
        priceCents: 4900,
        currency: 'USD',
        stock: 250,
        position: 0,
        imagePath: '/images/ql-claw.svg',
      },
      {
        sku: 'QLC-2',
        name: 'QL Claw two-pack',
        unitsPerPack: 2,
        priceCents: 8900,
        currency: 'USD',
        stock: 120,
        position: 1,
        imagePath: '/images/ql-claw-two-pack.svg',
      },
    ],
  },
];
