import { guaranteeTerms } from '../lib/returns/guarantee-terms';

/** The catalogue the store starts with. Prices are in minor units (cents). */
export const seedProducts = [
  {
    slug: 'ql-claw',
    name: 'QL Claw',
    tagline: 'A hand-held tool for deep, steady pressure on hard-to-reach back and hip muscles',
    description:
      'I made QL Claw after years of a locked-up lower back and a drawer full of massage gadgets that could not reach the ' +
      'right spot. Its hooked tip and long handle let you give firm, steady pressure to the quadratus lumborum and gluteus ' +
      'medius, and light, careful pressure to the psoas and iliacus at the front of the hip, where a ball or a foam roller ' +
      'slides off. It is a massage tool, not a medical device: read "Who shouldn\'t use it?" below before you buy.',
    imagePath: '/images/ql-claw.svg',
    imageAlt: 'The QL Claw: a teal hand-held massage tool with a long handle and a rounded, hooked tip',
    inTheBox: ['1 QL Claw (or 2 in the two-pack)', 'A printed quick-start card with the four muscle routines', 'A cotton drawstring bag'],
    dimensions: 'About 32 cm long; the rounded tip is 3.5 cm across; it weighs about 240 g.',
    materials: 'Glass-fibre reinforced nylon body with a soft-touch grip. No metal parts, no batteries, nothing to charge.',
    faq: [
      {
        question: 'Is QL Claw a medical device?',
        answer:
          'No. It is a massage tool that lets you give muscles deep, steady pressure, and nothing we write is medical advice. Some signs ' +
          'mean a doctor, not a tool. Get urgent care the same day for changes in how your bladder or bowel works, or numbness or ' +
          'tingling in the groin or between the legs. Contact a doctor promptly if back pain keeps you awake all night, or comes with ' +
          'weight loss or gain you cannot explain, new or worsening weakness in a leg, a fever or feeling unwell, a history of cancer, ' +
          'or if it started after a significant fall or accident.',
      },
      {
        question: 'How hard should I press?',
        answer:
          'On the QL and the glute med: strong but comfortable, never so hard that you hold your breath, and stop on sharp, burning or ' +
          'electric pain. On the psoas and iliacus: light pressure only, never your body weight. Start gently, breathe out slowly and ' +
          'hold each spot for 30 to 60 seconds at the front of the hip, and up to 90 seconds at the back.',
      },
      {
        question: 'Can I use it during a spasm?',
        answer:
          'Go easy in the first days: light pressure around the sore area, not into it. Once the worst has passed, slower and deeper ' +
          'work on the back muscles usually feels better.',
      },
      {
        question: 'What if it is not for me?',
        answer: `${guaranteeTerms()} The guarantee covers "it did not help" too.`,
      },
    ],
    usage: [
      {
        muscle: 'quadratus-lumborum',
        title: 'Quadratus lumborum',
        steps:
          "Lie on your side (or, once you know the spot, sit or stand tall). Find the soft gap between your lowest rib and the top of your pelvis, about a hand's width out from the middle of your spine, angle the tip slightly inwards and build up to a strong but comfortable pressure. Never press on the spine or up under the rib.",
      },
      {
        muscle: 'gluteus-medius',
        title: 'Gluteus medius',
        steps:
          'Lie on your side with that side up, or stand with your weight on the other leg. Place the tip a few finger-widths below the bony rim of your pelvis at the side, slightly towards the back, and build up to a strong but comfortable pressure, holding each spot for 30 to 90 seconds.',
      },
      {
        muscle: 'psoas',
        title: 'Psoas',
        steps:
          'Lie on your back with knees bent. Place the tip about three finger-widths out from your belly button and a little down towards the hip, and let it sink in slowly with light pressure as you breathe out, never your body weight. If you feel a pulse, move away; stop if your leg goes numb, tingles or burns.',
      },
      {
        muscle: 'iliacus',
        title: 'Iliacus',
        steps:
          'Lying on your back with knees bent, find the bony point at the front of your hip, slide just inside it and hook the tip gently over the rim into the bowl of the pelvis. Use light pressure only, never your body weight; stay above the crease of the groin and move away if you feel a pulse.',
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
