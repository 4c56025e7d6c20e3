import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { site } from '@/lib/site';
import { siteUrl } from '@/lib/urls';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { default: site.title, template: `%s | ${site.name}` },
    description: site.description,
    openGraph: { siteName: site.name, type: 'website', locale: 'en_US' },
  };
}

export const viewport: Viewport = { themeColor: '#0f766e', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
