// Runs once when the Next.js server starts (Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigAtStartup } = await import('./lib/server/core/check-config-at-startup');
    checkConfigAtStartup();
    // `next build` runs this too, in its workers, where nothing must be sent.
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startOutboxWorker } = await import('./lib/server/notify/outbox-worker');
      startOutboxWorker({ intervalMs: 5_000 });
    }
  }
}
