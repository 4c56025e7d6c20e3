import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { DiskStorage, publicUrlOf, publicUrlOfStored, S3Storage, storageOf } from '@/lib/storage';

const base = { DATABASE_URL: 'postgres://localhost/qlclaw' };
const problemsOf = (settings: Record<string, string>) => {
  try {
    parseEnv({ ...base, ...settings });
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
};

describe('object storage settings', () => {
  it('keeps files on the disk unless S3_BUCKET is set', () => {
    expect(storageOf(parseEnv(base))).toBeInstanceOf(DiskStorage);
    const env = parseEnv({ ...base, S3_BUCKET: 'qlclaw-uploads' });
    expect(env).toMatchObject({ S3_BUCKET: 'qlclaw-uploads', S3_REGION: 'us-east-1' });
    expect(storageOf(env)).toBeInstanceOf(S3Storage);
  });

  it('reads the companions: endpoint, region, path style, credentials, public URL', () => {
    const env = parseEnv({
      ...base,
      S3_BUCKET: 'qlclaw-uploads',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'auto',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_PUBLIC_URL: 'https://cdn.qlclaw.test/uploads/',
    });
    expect(env).toMatchObject({ S3_REGION: 'auto', S3_FORCE_PATH_STYLE: true, S3_PUBLIC_URL: 'https://cdn.qlclaw.test/uploads' });
  });

  it.each([
    [{ S3_BUCKET: 'qlclaw-uploads', S3_ACCESS_KEY_ID: 'key' }, 'S3_ACCESS_KEY_ID is set without S3_SECRET_ACCESS_KEY'],
    [{ S3_BUCKET: 'qlclaw-uploads', S3_SECRET_ACCESS_KEY: 'secret' }, 'S3_SECRET_ACCESS_KEY is set without S3_ACCESS_KEY_ID'],
    [{ S3_ENDPOINT: 'http://127.0.0.1:9000' }, 'S3_ENDPOINT is set but S3_BUCKET is not'],
    [{ S3_PUBLIC_URL: 'https://cdn.qlclaw.test' }, 'S3_PUBLIC_URL is set but S3_BUCKET is not'],
    [{ S3_BUCKET: 'Uploads_Bucket' }, 'S3_BUCKET must be a bucket name'],
    [{ S3_BUCKET: 'qlclaw-uploads', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT must be an absolute http(s) URL'],
    [{ S3_BUCKET: 'qlclaw-uploads', S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE must be "true" or "false"'],
    [{ S3_BUCKET: 'qlclaw-uploads', S3_PUBLIC_URL: 'https://cdn.qlclaw.test/?v=1' }, 'S3_PUBLIC_URL must be a base URL'],
  ])('refuses %j with a message naming the setting', (settings, message) => {
    expect(problemsOf(settings).join('\n')).toContain(message);
  });
});

describe('public file URLs', () => {
  const key = 'public/covers/3f9a.png';

  it('link to /media, or under S3_PUBLIC_URL when it is set', () => {
    expect(publicUrlOf(key, undefined)).toBe('/media/public/covers/3f9a.png');
    expect(publicUrlOf(key, 'https://cdn.qlclaw.test')).toBe('https://cdn.qlclaw.test/public/covers/3f9a.png');
    expect(() => publicUrlOf('private/returns/r1/photo.png', 'https://cdn.qlclaw.test')).toThrow(/not public/);
  });

  it('follow the current settings for a stored /media path, and leave any other reference alone', () => {
    expect(publicUrlOfStored('/media/public/covers/3f9a.png', 'https://cdn.qlclaw.test')).toBe(
      'https://cdn.qlclaw.test/public/covers/3f9a.png',
    );
    expect(publicUrlOfStored('/media/public/covers/3f9a.png', undefined)).toBe('/media/public/covers/3f9a.png');
    for (const other of [
      '/images/article-cover.svg',
      'https://elsewhere.test/a.png',
      '/media/private/returns/r1/photo.png',
      '/media/public/../x',
    ]) {
      expect(publicUrlOfStored(other, 'https://cdn.qlclaw.test')).toBe(other);
    }
  });
});
