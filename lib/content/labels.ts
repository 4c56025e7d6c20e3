/**
 * The safety facts every page shares (the facts sheet's "safety of a
 * deep-pressure tool" and its red flags), kept as data so the medical
 * notice, the help topics and the product page render the same lists, and
 * lib/content/claims-guard.ts can check any copy against them.
 */

export type RedFlagUrgency = 'same-day' | 'prompt';

export interface RedFlag {
  id: string;
  text: string;
  urgency: RedFlagUrgency;
}

/** Nerve-compression signs come first: they need urgent care the same day. */
export const RED_FLAGS: readonly RedFlag[] = [
  { id: 'bladder-bowel', text: 'changes in how your bladder or bowel works', urgency: 'same-day' },
  { id: 'groin', text: 'numbness or tingling in the groin or between the legs', urgency: 'same-day' },
  { id: 'night-pain', text: 'pain that keeps you awake all night', urgency: 'prompt' },
  { id: 'weight', text: 'weight loss or gain you cannot explain', urgency: 'prompt' },
  { id: 'leg-weakness', text: 'new or worsening weakness in a leg', urgency: 'prompt' },
  { id: 'fever', text: 'fever, or feeling unwell, along with the back pain', urgency: 'prompt' },
  { id: 'cancer', text: 'a history of cancer', urgency: 'prompt' },
  { id: 'fall', text: 'back pain that started after a significant fall or accident', urgency: 'prompt' },
];

export const URGENCY_LEAD: Record<RedFlagUrgency, string> = {
  'same-day': 'Get urgent medical care the same day (these can mean a trapped nerve):',
  prompt: 'Contact a doctor promptly if back pain comes with:',
};

export function redFlagsBy(urgency: RedFlagUrgency): RedFlag[] {
  return RED_FLAGS.filter((flag) => flag.urgency === urgency);
}

/** "Check with a doctor or physio first if you…" */
export const CHECK_FIRST: readonly string[] = [
  'are pregnant',
  'have had surgery, a fracture or an injury in the area recently',
  'have a hip replacement',
  'take blood thinners or bruise easily',
  'have osteoporosis',
  'have a hernia, an abdominal aortic aneurysm or another blood-vessel condition',
  'have a condition of the bowel, kidneys or pelvis',
];

/** Places the tool never goes. */
export const NEVER_OVER: readonly string[] = [
  'broken, bruised or infected skin',
  'the spine or the ribs',
  'up under the lowest rib, towards the kidneys',
  'the crease of the groin',
];

export const PRESSURE_RULES = {
  front:
    'Belly and front of the hip (psoas, iliacus): light pressure only, never your body weight. If you feel a pulse under the tip, move away. Stop if the leg or thigh goes numb, tingles or burns.',
  back: 'Back and buttock (QL, gluteus medius): strong but comfortable pressure, never so hard that you hold your breath. Stop on sharp, burning or electric pain.',
  kidney:
    'One-sided pain between the ribs and the pelvis with a fever, pain when passing urine or blood in the urine may come from the kidney, not the muscle: see a doctor.',
} as const;

/** Where a page that suggests front-of-hip or belly work points for the rules above. */
export const SAFETY_PATH = '/products/ql-claw#who-shouldnt-use-it';
