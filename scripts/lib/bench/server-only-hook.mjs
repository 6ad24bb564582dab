// Loaded with `--import` by app-script.mjs: a script outside Next.js imports lib/server, whose
// modules begin with `import 'server-only'` (which throws outside a React server build). Only that
// package is resolved as under the react-server condition (to its empty module); React and
// Next.js keep their ordinary builds, whose `next/navigation` the react-server build lacks. The
// same as Vitest's alias to lib/testing/server-only-stub.ts.
import { register } from 'node:module';

/** @type {import('node:module').ResolveHook} */
export function resolve(specifier, context, next) {
  if (specifier !== 'server-only') return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
}

// This file is both the `--import` (which registers it) and, with `?hooks`, the hooks module.
if (!import.meta.url.endsWith('?hooks')) register(`${import.meta.url}?hooks`);
