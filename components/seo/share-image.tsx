import { ImageResponse } from 'next/og';

/**
 * The 1200×630 card shown when a page is shared: the title on sand, the brand
 * in ink and teal. Uses next/og's bundled font, so it renders offline.
 */
export const shareImageSize = { width: 1200, height: 630 };
export const shareImageContentType = 'image/png';

const INK = '#14213d';
const TEAL = '#0f766e';
const SAND = '#fdf6ec';

export function shareImage({ title, kicker }: { title: string; kicker: string }): ImageResponse {
  const fontSize = title.length > 90 ? 52 : title.length > 55 ? 62 : 74;
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: SAND, color: INK }}>
      <div style={{ height: 24, width: '100%', background: TEAL, display: 'flex' }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px 56px' }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: TEAL, textTransform: 'uppercase', letterSpacing: 2 }}>
          {kicker}
        </div>
        <div style={{ display: 'flex', fontSize, fontWeight: 700, lineHeight: 1.15, maxWidth: 1040 }}>{clip(title, 140)}</div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', alignItems: 'center', fontSize: 38, fontWeight: 800 }}>
            <div style={{ width: 44, height: 44, borderRadius: 22, background: TEAL, marginRight: 16, display: 'flex' }} />
            QL Claw
          </div>
          <div style={{ display: 'flex', fontSize: 26, color: INK, opacity: 0.75 }}>
            Deep, steady pressure for hard-to-reach back and hip muscles
          </div>
        </div>
      </div>
    </div>,
    shareImageSize,
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
