// A benchmark's command line: whole-number options with a default and bounds, flags of its own,
// and the flags every benchmark takes (--json: the figures as one JSON object on the last line;
// --keep: leave the servers running until Ctrl-C). A bad value ends the process with what is
// allowed.
import { parseArgs } from 'node:util';

/**
 * @template {Record<string, [number, number, number]>} T
 * @template {string} [F=never]
 * @param {T} numbers  option name → [default, min, max]
 * @param {{ argv?: string[]; flags?: F[] }} [more]  `flags`: the benchmark's own on/off options
 * @returns {{ [K in keyof T]: number } & { [K in F]: boolean } & { json: boolean; keep: boolean }}
 */
export function readOptions(numbers, { argv = process.argv.slice(2), flags = [] } = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(Object.keys(numbers).map((name) => [name, { type: 'string' }])),
      ...Object.fromEntries(flags.map((name) => [name, { type: 'boolean', default: false }])),
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  /** @type {Record<string, number | boolean>} */
  const out = { json: Boolean(values.json), keep: Boolean(values.keep) };
  for (const name of /** @type {string[]} */ (flags)) out[name] = Boolean(values[name]);
  for (const [name, [fallback, min, max]] of Object.entries(numbers)) {
    const raw = values[name];
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      process.stderr.write(`[bench] --${name}: a whole number from ${min} to ${max}\n`);
      process.exit(2);
    }
    out[name] = n;
  }
  return /** @type {any} */ (out);
}
