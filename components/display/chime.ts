// A short two-note chime made with the Web Audio API (no sound file to download or cache).
// Browsers allow sound only after a person interacts with the page, so the context is created by
// the "Włącz dźwięk" button and kept for the page's life.

export function createChime(): (() => void) | null {
  const Ctx =
    globalThis.AudioContext ??
    (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctx) return null;
  const ctx = new Ctx();
  return () => {
    const start = ctx.currentTime;
    [880, 660].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.35 + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.35 + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + i * 0.35);
      osc.stop(start + i * 0.35 + 0.32);
    });
  };
}
