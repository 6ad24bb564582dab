// Server actions posted as a browser posts them (how Next.js 16 and React 19 do it; checked by
// every `npm test` through the bench:rush smoke).
// - With JavaScript: one POST to the page's own URL with the action's id in `Next-Action` and its
//   arguments in React's reply encoding (useActionState: the previous state and the form, the
//   form's fields under `_1_`, the argument list in part `0`). The browser learns the id from the
//   page's RSC payload; the build's server-reference manifest names the same ids. The answer is
//   an RSC stream; a redirect is a header (`x-action-redirect`) and the target page rendered in it.
// - Without JavaScript: the form's own multipart fields, hidden `$ACTION_…` fields included, as
//   the server rendered them; a redirect is a 303.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The ids of the build's server actions by `file#export` (e.g. `app/wizyta/actions.ts#confirmCodeAction`).
 * @param {string} root
 * @returns {Map<string, string>}
 */
export function readActionIds(root) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  );
  const ids = new Map();
  for (const [id, a] of Object.entries(manifest.node ?? {})) ids.set(`${a.filename}#${a.exportedName}`, id);
  return ids;
}

/**
 * @param {Map<string, string>} ids
 * @param {string} key  `file#export`
 */
export function actionId(ids, key) {
  const id = ids.get(key);
  if (!id)
    throw new Error(`no server action ${key} in the build (.next/server/server-reference-manifest.json)`);
  return id;
}

const ENTITIES = /** @type {Record<string, string>} */ ({
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
});

/**
 * HTML text as a reader sees it (the entities React writes decoded).
 * @param {string} html
 */
export function decodeEntities(html) {
  return html.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * The forms of a page: each one's HTML and its hidden fields in order, as a browser would post them.
 * @param {string} html
 * @returns {{ html: string; hidden: [string, string][] }[]}
 */
export function readForms(html) {
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) => ({
    html: form,
    hidden: [...form.matchAll(/<input\b[^>]*>/g)].flatMap(([input]) => {
      const attrs = Object.fromEntries(
        [...input.matchAll(/([\w:$-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decodeEntities(v ?? '')]),
      );
      return attrs.type === 'hidden' && attrs.name !== undefined
        ? [/** @type {[string, string]} */ ([attrs.name, attrs.value ?? ''])]
        : [];
    }),
  }));
}

/**
 * The form of `html` that has a field named `name` (hidden or not).
 * @param {string} html
 * @param {string} name
 */
export function formWith(html, name) {
  return readForms(html).find((f) => f.html.includes(`name="${name}"`));
}

/**
 * A no-JavaScript post: the form's hidden fields, then `fields` (what the resident typed).
 * @param {[string, string][]} hidden
 * @param {Record<string, string>} fields
 */
export function formBody(hidden, fields) {
  const body = new FormData();
  for (const [k, v] of hidden) if (!(k in fields)) body.append(k, v);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return body;
}

/**
 * A JavaScript post of a useActionState action: React's reply encoding of `[prev, form]`.
 * @param {unknown} prev  the state the form shows now (null at first)
 * @param {Record<string, string>} fields
 */
export function actionBody(prev, fields) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  // React marks its own references with "$": a string of the state that starts with one is doubled.
  const json = JSON.stringify([prev, '$K1'], (k, v) => {
    if (v === undefined) return '$undefined';
    return typeof v === 'string' && v.startsWith('$') && !(k === '1' && v === '$K1') ? `$${v}` : v;
  });
  body.append('0', json);
  return body;
}

/**
 * Headers of a JavaScript action post.
 * @param {string} id
 * @param {string} origin
 */
export function actionHeaders(id, origin) {
  return { accept: 'text/x-component', 'next-action': id, origin };
}

/**
 * A FormData as bytes and its content type, for a body sent many times (runLoad).
 * @param {FormData} form
 */
export async function encodeForm(form) {
  const r = new Response(form);
  return {
    body: Buffer.from(await r.arrayBuffer()),
    contentType: /** @type {string} */ (r.headers.get('content-type')),
  };
}
