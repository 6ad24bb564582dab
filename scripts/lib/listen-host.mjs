// The address `npm start` listens on (scripts/start.mjs passes it to scripts/server.mjs as -H).

/**
 * LISTEN_HOST when set (`0.0.0.0` or `::` for every interface). Unset: in local mode (no
 * DATABASE_URL) the loopback only, because /dev/mailbox there shows every confirmation code and
 * manage link to whoever reaches the port; with a database of its own, every interface, as before.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined} undefined: every interface
 */
export function listenHost(env) {
  if (env.LISTEN_HOST) return env.LISTEN_HOST;
  return env.DATABASE_URL ? undefined : '127.0.0.1';
}
