// `server-only` throws when imported outside a React Server Component bundle; under Vitest the
// server modules are plain Node modules, so the marker is replaced by this empty module.
export {};
