import type { MetadataRoute } from 'next';
import { DEFAULT_LOCALE } from '@/lib/i18n/catalogue';
import { translator } from '@/lib/i18n/translator';

// The web manifest (/manifest.webmanifest, linked from every page by Next.js): the name, colours
// and icons a phone uses for Termin on its home screen. The icons are drawn from app/icon.svg by
// scripts/generate-icons.mjs; the tab icons are app/icon.svg, app/favicon.ico, app/apple-icon.png.
const BRAND = '#0b4f8a'; // --color-brand in app/globals.css (e2e/home.spec.ts compares them)

export default function manifest(): MetadataRoute.Manifest {
  const t = translator();
  return {
    name: t('site.appName'),
    short_name: t('site.appShortName'),
    description: t('site.description'),
    lang: DEFAULT_LOCALE,
    start_url: '/',
    display: 'standalone',
    theme_color: BRAND,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
