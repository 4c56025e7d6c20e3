import { expect, test } from './support/fixtures';

/**
 * The product page is where people decide: its safety answer must be there,
 * and its four usage steps must say what the muscle guides say. Each muscle
 * has the phrases that carry its placement and pressure; both pages must use them.
 */
const AGREED: Record<string, { title: string; phrases: string[] }> = {
  'quadratus-lumborum': { title: 'Quadratus lumborum', phrases: ["hand's width", 'strong but comfortable', 'lowest rib'] },
  'gluteus-medius': { title: 'Gluteus medius', phrases: ['few finger-widths below', 'strong but comfortable'] },
  psoas: { title: 'Psoas', phrases: ['three finger-widths', 'light pressure', 'never your body weight', 'pulse'] },
  iliacus: {
    title: 'Iliacus',
    phrases: ['bony point at the front', 'light pressure', 'never your body weight', 'pulse', 'crease of the groin'],
  },
};

test('the product page answers "Who shouldn\'t use it?" beside the Buy button', async ({ page }) => {
  await page.goto('/products/ql-claw');
  const safety = page.getByRole('region', { name: "Who shouldn't use it?" });
  await expect(safety).toBeVisible();
  for (const text of [
    'are pregnant',
    'have a hip replacement',
    'take blood thinners',
    'have osteoporosis',
    'abdominal aortic aneurysm',
    'bowel, kidneys or pelvis',
  ]) {
    await expect(safety).toContainText(text);
  }
  await expect(safety).toContainText('never your body weight');
  await expect(safety).toContainText('If you feel a pulse under the tip, move away');
  await expect(safety).toContainText('the crease of the groin');
  await expect(page.getByText(/lean your (own )?body weight/i)).toHaveCount(0);
});

test('the usage steps on the product page match the muscle guides', async ({ page }) => {
  await page.goto('/products/ql-claw');
  const usage = page.getByRole('region', { name: 'How to use it on each muscle' });
  const steps: Record<string, string> = {};
  for (const [slug, { title }] of Object.entries(AGREED)) {
    steps[slug] = (
      await usage
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
        .innerText()
    ).toLowerCase();
  }
  expect(steps['quadratus-lumborum']).not.toContain('just beside the spine');

  for (const [slug, { phrases }] of Object.entries(AGREED)) {
    await page.goto(`/muscles/${slug}`);
    const guide = (await page.getByRole('article').first().innerText()).toLowerCase();
    for (const phrase of phrases) {
      expect(steps[slug], `product step for ${slug}`).toContain(phrase.toLowerCase());
      expect(guide, `guide ${slug}`).toContain(phrase.toLowerCase());
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Safety first' })).toBeVisible();
  }
});
