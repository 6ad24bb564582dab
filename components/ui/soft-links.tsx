'use client';

import { useRouter } from 'next/navigation';

/**
 * Follows the links inside it as next/link does, with a client-side navigation (the page's
 * scripts stay, only the new page's data is fetched), without a component per link: a month's
 * calendar holds thirty days and a day dozens of times, each of which would be rendered on the
 * server and hydrated on the phone (decision 041). The links themselves are plain <a>: without
 * JavaScript, with a modifier key, a middle click, or a link leaving the site, the browser
 * follows them itself.
 */
export function SoftLinks({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  return (
    // The links inside are what is focused and pressed (Enter included); this only hears their
    // clicks bubble up.
    <div
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        const a = (e.target as Element).closest('a[href]') as HTMLAnchorElement | null;
        if (!a || !e.currentTarget.contains(a) || a.target || a.hasAttribute('download')) return;
        const url = new URL(a.href);
        if (url.origin !== window.location.origin) return;
        e.preventDefault();
        router.push(url.pathname + url.search + url.hash);
      }}
    >
      {children}
    </div>
  );
}
