'use client';

import { useEffect } from 'react';

/**
 * Back to the start screen after `seconds` without a touch or a key, so the next person never
 * finds the previous one's code or ticket. A full load: nothing of the last screen's state stays.
 */
export function KioskIdle({ home, seconds = 30 }: { home: string; seconds?: number }) {
  useEffect(() => {
    let timer = window.setTimeout(go, seconds * 1000);
    function go() {
      window.location.assign(home);
    }
    function reset() {
      window.clearTimeout(timer);
      timer = window.setTimeout(go, seconds * 1000);
    }
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const e of events) window.addEventListener(e, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset);
    };
  }, [home, seconds]);
  return (
    <noscript>
      <meta httpEquiv="refresh" content={`${seconds};url=${home}`} />
    </noscript>
  );
}
