import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepLocationSingle } from '@/lib/http/single-location';

// A response built the way Next builds the first render of an ISR redirect: set once, then the cached copy appended.
let server: Server;
let port: number;
beforeAll(async () => {
  keepLocationSingle();
  server = createServer((_req, res) => {
    res.statusCode = 308;
    res.setHeader('Location', '/blog/new-slug');
    res.appendHeader('location', '/blog/new-slug');
    res.appendHeader('Set-Cookie', 'a=1');
    res.appendHeader('Set-Cookie', 'b=2');
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function rawHeaders(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.resume();
      resolve(res.rawHeaders);
    })
      .on('error', reject)
      .end();
  });
}

describe('a redirect whose Location is appended twice', () => {
  it('goes out with one Location header, and other repeated headers are left alone', async () => {
    const raw = await rawHeaders();
    const names = raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(names.filter((n) => n === 'location')).toHaveLength(1);
    expect(names.filter((n) => n === 'set-cookie')).toHaveLength(2);
  });
});
