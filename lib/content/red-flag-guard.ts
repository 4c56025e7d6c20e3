import type { Finding } from './claims-guard';

/**
 * How the guard recognises each red flag of the facts sheet in free text.
 * A text that names any of them is a red-flag list and must name them all,
 * with the same-day urgency of the nerve-compression signs; a text that only
 * links to the full list names none and passes.
 */
const RED_FLAG_MARKERS: [id: string, pattern: RegExp][] = [
  ['bladder or bowel changes', /\bbladder\b/i],
  ['numbness or tingling in the groin', /\bnumb[\s\S]{0,20}tingl[\s\S]{0,40}groin|groin[\s\S]{0,40}numb[\s\S]{0,20}tingl/i],
  ['pain that keeps you awake all night', /awake all night|keeps you (?:up|awake) (?:all )?(?:at )?night/i],
  ['unexplained weight loss or gain', /weight loss or (?:weight )?gain|losing or gaining weight|weight change/i],
  ['new or worsening leg weakness', /(?:new|worsening)[\s\S]{0,25}weakness in (?:a|one|your|either) leg/i],
  ['fever or feeling unwell', /\bfever\b[\s\S]{0,40}unwell|unwell[\s\S]{0,40}\bfever\b/i],
  ['a history of cancer', /history of cancer|had cancer/i],
  ['pain after a significant fall or accident', /(?:significant|serious|bad|heavy) (?:fall|accident)/i],
];

/** Signs distinctive enough that naming one means the text is listing red flags. */
const LISTING_SIGNS = [
  /\bbladder\b/i,
  /groin[^.\n]{0,40}numb|numb[^.\n]{0,40}groin/i,
  /awake all night/i,
  /weight loss/i,
  /history of cancer/i,
];

const SAME_DAY = /same day|same-day|urgent|emergency/i;

export function redFlagFindings(text: string): Finding[] {
  if (!LISTING_SIGNS.some((sign) => sign.test(text))) return [];
  const missing = RED_FLAG_MARKERS.filter(([, pattern]) => !pattern.test(text)).map(([id]) => id);
  const findings: Finding[] = [];
  if (missing.length) {
    findings.push({
      rule: 'red-flags',
      message: `lists red flags but misses ${missing.length} of ${RED_FLAG_MARKERS.length}: ${missing.join('; ')}`,
      excerpt: '',
    });
  }
  if (!SAME_DAY.test(text)) {
    findings.push({ rule: 'red-flags', message: 'bladder, bowel and groin signs need "urgent care the same day"', excerpt: '' });
  }
  return findings;
}

export const RED_FLAG_COUNT = RED_FLAG_MARKERS.length;

/** The "check with a doctor or physio first" list, as the guard recognises it in a guide. */
export const CHECK_FIRST_MARKERS: [RegExp, string][] = [
  [/pregnan/i, 'pregnancy'],
  [/recent[\s\S]{0,60}(?:surgery|fracture|injury)|(?:surgery|fracture|injury)[\s\S]{0,60}recent/i, 'recent surgery, fracture or injury'],
  [/hip replacement/i, 'a hip replacement'],
  [/blood thinners|anticoagulant/i, 'blood thinners'],
  [/bruise easily/i, 'bruising easily'],
  [/osteoporosis/i, 'osteoporosis'],
  [/hernia/i, 'a hernia'],
  [/aortic aneurysm/i, 'an abdominal aortic aneurysm'],
  [/blood-vessel|blood vessel/i, 'a blood-vessel condition'],
  [/bowel, kidneys? or pelvis|kidney/i, 'a bowel, kidney or pelvic condition'],
];
