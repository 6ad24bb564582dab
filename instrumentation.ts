// Runs once when the Next.js server starts: refuse to start with a broken configuration,
// saying exactly what is wrong, rather than failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { parseConfig, ConfigError } = await import('@/lib/validation/config');
  try {
    parseConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
