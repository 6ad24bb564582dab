// The residents of `npm run bench:rush`: each from its own address (X-Forwarded-For, trusted for
// one proxy hop), with its own e-mail address and cookie, through the real forms as a browser
// with JavaScript or without it posts them (forms.mjs): the regulations, the details, then, in
// the race, "Zarezerwuj" with `concurrency` posts in flight; then the code from its e-mail and
// "Potwierdź". The forms' hidden fields are the same for every resident: read once a phase.
import { performance } from 'node:perf_hooks';
import { actionBody, actionHeaders, actionId, decodeEntities, formBody, formWith } from './forms.mjs';
import { benchAddress } from './load.mjs';
import { summarise } from './stats.mjs';

export const ACTIONS = {
  accept: 'app/rezerwacja/actions.ts#acceptRegulations',
  details: 'app/rezerwacja/booking-actions.ts#bookingDetailsAction',
  confirm: 'app/wizyta/actions.ts#confirmCodeAction',
  empty: 'app/bench/actions.ts#emptyAction',
};
const TIMEOUT_MS = 60_000;
const CODE_WAIT_MS = 60_000;
const TOKEN = /^\/wizyta\/([\w-]+)/;
// The action state's goTo in an RSC answer (React writes undefined as "$undefined").
const GO_TO = /"goTo":"([^"$][^"]*)"/;

/**
 * @typedef {'js' | 'no-js'} Mode
 * @typedef {{
 *   i: number; address: string; email: string; time: string; cookie: string;
 *   fields?: Record<string, string>; summary?: [string, string][]; token?: string;
 *   to?: string; notice?: string; codeForm?: [string, string][]; page?: Answer;
 * }} Resident
 * @typedef {{ requests: number; http5xx: number; errors: number }} Counts
 * @typedef {{ status: number; headers: Headers; text: string; ms: number }} Answer
 * @typedef {{
 *   mode: Mode;
 *   origins: string[];
 *   ids: Map<string, string>;
 *   office: string;
 *   category: string;
 *   matter: string;
 *   sentences: { refusals: Record<string, string>; notices?: Record<string, string>; confirmed: string };
 *   mail: import('../smtp-sink.mjs').SmtpSink;
 *   concurrency: number;
 *   counts: Counts;
 * }} Phase
 */

/**
 * `count` residents of a phase; the i-th takes the (i mod times)-th time, so every time has its
 * share of the crowd, and they post in a shuffled order (a fixed seed: runs compare).
 * @param {{ count: number; times: string[]; firstAddress: number; tag: string }} o
 * @returns {Resident[]}
 */
export function createResidents({ count, times, firstAddress, tag }) {
  const residents = Array.from({ length: count }, (_, i) => ({
    i,
    address: benchAddress(firstAddress + i),
    email: `rush-${tag}-${i}@example.com`,
    time: /** @type {string} */ (times[i % times.length]),
    cookie: '',
  }));
  let seed = 22;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = residents.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [residents[i], residents[j]] = [
      /** @type {Resident} */ (residents[j]),
      /** @type {Resident} */ (residents[i]),
    ];
  }
  return residents;
}

/**
 * One request as a browser sends it, its answer read to the end.
 * @param {Counts} counts
 * @param {string} url
 * @param {{ method?: string; headers?: Record<string, string>; body?: FormData; address: string; cookie?: string }} o
 * @returns {Promise<Answer>}
 */
export async function send(counts, url, { method = 'GET', headers = {}, body, address, cookie }) {
  const t0 = performance.now();
  counts.requests++;
  try {
    const res = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: { 'x-forwarded-for': address, ...(cookie ? { cookie } : {}), ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    if (res.status >= 500) counts.http5xx++;
    return { status: res.status, headers: res.headers, text, ms: performance.now() - t0 };
  } catch (e) {
    counts.errors++;
    const reason = /** @type {{ cause?: { code?: string }; name?: string }} */ (e);
    return {
      status: 0,
      headers: new Headers(),
      text: reason.cause?.code ?? reason.name ?? 'error',
      ms: performance.now() - t0,
    };
  }
}

/**
 * Runs `fn` for every item, `concurrency` at a time.
 * @template T
 * @param {T[]} items
 * @param {number} concurrency
 * @param {(item: T) => Promise<void>} fn
 */
export async function pool(items, concurrency, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(/** @type {T} */ (items[next++]));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Outcomes counted by kind, with the first answer of each kind kept for the log. */
function tally() {
  /** @type {Record<string, number>} */
  const counts = {};
  /** @type {Record<string, string>} */
  const samples = {};
  return {
    counts,
    samples,
    add(/** @type {string} */ kind, sample = '') {
      counts[kind] = (counts[kind] ?? 0) + 1;
      samples[kind] ??= sample.slice(0, 400);
    },
    get total() {
      return Object.values(counts).reduce((a, b) => a + b, 0);
    },
  };
}

/**
 * What an answer that is not the expected one says: a refusal the resident is told (by its
 * sentence), or a failure (no answer, a 5xx, a page that says none of them).
 * @param {Phase} p
 * @param {Answer} a
 */
function refusalOf(p, a) {
  if (a.status === 0) return { failure: `no answer (${a.text})` };
  if (a.status >= 500) return { failure: `HTTP ${a.status}` };
  const text = decodeEntities(a.text);
  for (const [kind, sentence] of Object.entries(p.sentences.refusals))
    if (text.includes(sentence)) return kind === 'server error' ? { failure: kind } : { refusal: kind };
  return { failure: `unexpected answer (HTTP ${a.status})` };
}

/**
 * The phase's server, step by step: a resident's steps alternate between the instances.
 * @param {Phase} p @param {Resident} r @param {number} step
 */
const origin = (p, r, step) => /** @type {string} */ (p.origins[(r.i + step) % p.origins.length]);

/**
 * A server action post, as the phase's browser makes it.
 * @param {Phase} p
 * @param {{ r: Resident; step: number; path: string; action: string; hidden: [string, string][]; prev?: unknown; fields: Record<string, string> }} o
 */
function post(p, { r, step, path, action, hidden, prev = null, fields }) {
  const at = origin(p, r, step);
  const js = p.mode === 'js';
  return send(p.counts, at + path, {
    method: 'POST',
    address: r.address,
    cookie: r.cookie,
    headers: js ? actionHeaders(actionId(p.ids, action), at) : { origin: at },
    body: js ? actionBody(prev, fields) : formBody(hidden, fields),
  });
}

/** @param {Phase} p @param {string} path @param {Resident} r @param {number} step */
const page = (p, path, r, step) =>
  send(p.counts, origin(p, r, step) + path, { address: r.address, cookie: r.cookie });

/**
 * The page an answer sends the resident to, opened as the phase's browser opens it: without
 * JavaScript the document the 303 names; with it, the page's RSC payload, as the form's
 * navigation asks for it. No router state is sent, so the whole tree renders (a browser's asks
 * for less), and `_rsc` is the cache-busting parameter Next.js computes for no such headers (an
 * RSC request without the right one is answered with a redirect to it).
 * @param {Phase} p @param {string} to @param {Resident} r @param {number} step
 */
function follow(p, to, r, step) {
  const url = new URL(to, origin(p, r, step));
  if (p.mode === 'js') url.searchParams.set('_rsc', '');
  return send(p.counts, url.toString(), {
    address: r.address,
    cookie: r.cookie,
    headers: p.mode === 'js' ? { rsc: '1' } : {},
  });
}

/**
 * Where "Zarezerwuj" sends the resident: with JavaScript the action's answer names it (goTo, the
 * form navigates there), without it the 303's Location. A JavaScript answer that is a redirect
 * (as before decision 040, and as every other action still answers) carries the page itself:
 * `inAnswer`, nothing left to open.
 * @param {Phase} p @param {Answer} a
 * @returns {{ to: string | null; inAnswer: boolean }}
 */
function goToOf(p, a) {
  if (p.mode === 'no-js') return { to: a.status === 303 ? a.headers.get('location') : null, inAnswer: false };
  const redirect = a.headers.get('x-action-redirect');
  if (redirect) return { to: redirect.split(';')[0] ?? null, inAnswer: true };
  return { to: a.status === 200 ? (GO_TO.exec(a.text)?.[1] ?? null) : null, inAnswer: false };
}

/**
 * Before the race: every resident accepts the regulations and sends its details (the review
 * step); what the summary's "Zarezerwuj" will post is kept.
 * @param {Phase} p
 * @param {Resident[]} residents
 */
export async function prepare(p, residents) {
  const base = `/rezerwacja/${p.office}/${p.category}`;
  const start = `${base}?sprawa=${p.matter}`;
  const first = /** @type {Resident} */ (residents[0]);
  const failed = tally();
  const regulations =
    p.mode === 'js' ? [] : (formWith((await page(p, start, first, 0)).text, 'accepted')?.hidden ?? []);
  /** @type {number[]} */
  const accept = [];
  await pool(residents, p.concurrency, async (r) => {
    const a = await post(p, {
      r,
      step: 0,
      path: start,
      action: ACTIONS.accept,
      hidden: regulations,
      fields: { next: start, accepted: 'on' },
    });
    accept.push(a.ms);
    const cookie = a.headers.getSetCookie().find((c) => c.startsWith('termin_regulamin='));
    if (cookie) r.cookie = cookie.split(';')[0] ?? '';
    else failed.add('regulations', a.text);
  });
  const details = (/** @type {Resident} */ r) =>
    `${base}/dane?${new URLSearchParams({ sprawa: p.matter, czas: r.time })}`;
  const detailsForm =
    p.mode === 'js' ? [] : (formWith((await page(p, details(first), first, 1)).text, 'email')?.hidden ?? []);
  /** @type {number[]} */
  const review = [];
  await pool(residents, p.concurrency, async (r) => {
    if (!r.cookie) return;
    const fields = {
      office: p.office,
      category: p.category,
      sprawa: p.matter,
      czas: r.time,
      email: r.email,
      phone: '',
    };
    const a = await post(p, {
      r,
      step: 1,
      path: details(r),
      action: ACTIONS.details,
      hidden: detailsForm,
      fields,
    });
    review.push(a.ms);
    const summary =
      p.mode === 'js'
        ? a.status === 200 && a.text.includes('"ok":true')
          ? []
          : undefined
        : formWith(a.text, 'step')?.hidden;
    if (summary) {
      r.fields = fields;
      r.summary = summary;
    } else failed.add('details', a.text);
  });
  return {
    accept: summarise(accept),
    review: summarise(review),
    failed: failed.counts,
    samples: failed.samples,
  };
}

/**
 * The refusal a page to go to says: "Zarezerwuj" sends a resident whose time went back to the
 * day's times, the reason a code in the URL (`komunikat`), whose sentence that page says.
 * @param {Phase} p
 * @param {string} to
 */
function noticeOf(p, to) {
  const code = new URL(to, 'http://bench').searchParams.get('komunikat');
  return code ? p.sentences.notices?.[code] : undefined;
}

/**
 * The race: every prepared resident presses "Zarezerwuj" once, `concurrency` posts in flight. A
 * post holds the time (the code page to go to) or is refused: sent to the day's times, the
 * reason's code in the URL (taken, gone, start again), or answered with the form and its sentence
 * (a limit, a block…). The answer names the page alone, with JavaScript (goTo) as without (a
 * 303): openPages opens them, as the browsers would.
 * @param {Phase} p
 * @param {Resident[]} residents
 */
export async function race(p, residents) {
  const ready = residents.filter((r) => r.fields);
  const refused = tally();
  const failed = tally();
  /** @type {number[]} */
  const ms = [];
  let held = 0;
  const started = performance.now();
  await pool(ready, p.concurrency, async (r) => {
    const fields = /** @type {Record<string, string>} */ (r.fields);
    const details = `/rezerwacja/${p.office}/${p.category}/dane?${new URLSearchParams({ sprawa: p.matter, czas: r.time })}`;
    const a = await post(p, {
      r,
      step: 2,
      path: details,
      action: ACTIONS.details,
      hidden: r.summary ?? [],
      // With JavaScript the form shows the review's answer: that state is posted along.
      prev: { ok: true, message: undefined, values: fields },
      fields: p.mode === 'js' ? { ...fields, step: 'book' } : {},
    });
    ms.push(a.ms);
    const { to, inAnswer } = goToOf(p, a);
    if (inAnswer) r.page = a;
    const token = to ? TOKEN.exec(to)?.[1] : undefined;
    if (to && token) {
      r.token = token;
      r.to = to;
      held++;
      return;
    }
    const notice = to ? noticeOf(p, to) : undefined;
    if (notice && to) {
      refused.add(notice);
      r.to = to;
      r.notice = notice;
      return;
    }
    const why = refusalOf(p, a);
    if (why.refusal) refused.add(why.refusal);
    else failed.add(why.failure ?? 'unknown', a.text);
  });
  const elapsedMs = performance.now() - started;
  const perSec = (/** @type {number} */ n) => n / (elapsedMs / 1000);
  return {
    posts: ms.length,
    held,
    refused: refused.counts,
    failed: failed.counts,
    samples: failed.samples,
    elapsedMs,
    postsPerSec: perSec(ms.length),
    holdsPerSec: perSec(held),
    refusalsPerSec: perSec(refused.total),
    latency: summarise(ms),
  };
}

/**
 * Right after the race, every resident opens the page its answer named, `concurrency` at a time,
 * as its browser would (follow): the code page after a hold, which must carry the code's form
 * (kept for a post without JavaScript), or the page of a refusal, which must say why.
 * @param {Phase} p
 * @param {Resident[]} residents
 */
export async function openPages(p, residents) {
  const sent = residents.filter((r) => r.to);
  const failed = tally();
  /** @type {number[]} */
  const ms = [];
  const started = performance.now();
  await pool(sent, p.concurrency, async (r) => {
    // A page that came in the post's answer is checked as it came, not opened again.
    const page = r.page ?? (await follow(p, /** @type {string} */ (r.to), r, 3));
    if (!r.page) ms.push(page.ms);
    const text = decodeEntities(page.text);
    if (r.notice) {
      const says = p.sentences.refusals[r.notice];
      if (page.status !== 200 || !says || !text.includes(says))
        failed.add(`sent (${r.notice}) to a page that does not say why`, page.text);
      return;
    }
    // Without JavaScript the form's HTML; with it, the page's RSC payload names the field (the
    // code page's form is rendered by a server component: its props travel in the payload).
    const form = p.mode === 'no-js' ? formWith(page.text, 'code') : undefined;
    const codePage = p.mode === 'js' ? page.text.includes('"name":"code"') : form !== undefined;
    if (page.status !== 200 || !codePage) return failed.add('no code form on the page', page.text);
    r.codeForm = form?.hidden ?? [];
  });
  const elapsedMs = performance.now() - started;
  return {
    // Pages opened (those that came in a post's answer are not).
    pages: ms.length,
    pagesPerSec: ms.length / (elapsedMs / 1000),
    failed: failed.counts,
    samples: failed.samples,
    latency: summarise(ms),
  };
}

/**
 * Every resident whose hold's page carried the code's form reads the code from its e-mail and
 * confirms it; without JavaScript with that form's fields.
 * @param {Phase} p
 * @param {Resident[]} residents
 */
export async function confirm(p, residents) {
  const holding = residents.filter((r) => r.token && r.codeForm);
  const failed = tally();
  /** @type {number[]} */
  const ms = [];
  let confirmed = 0;
  await pool(holding, p.concurrency, async (r) => {
    const path = `/wizyta/${r.token}`;
    const hidden = r.codeForm ?? [];
    const mail = await p.mail.waitFor(r.email, /Kod potwierdzający/, CODE_WAIT_MS);
    const code = mail && /(\d{6})/.exec(mail.subject)?.[1];
    if (!code) return failed.add('no code by e-mail');
    const a = await post(p, {
      r,
      step: 3,
      path,
      action: ACTIONS.confirm,
      hidden,
      fields: { token: r.token ?? '', code },
    });
    ms.push(a.ms);
    if (a.status === 200 && decodeEntities(a.text).includes(p.sentences.confirmed)) confirmed++;
    else failed.add(refusalOf(p, a).refusal ?? `unexpected answer (HTTP ${a.status})`, a.text);
  });
  return {
    confirmed,
    failed: failed.counts,
    samples: failed.samples,
    latency: summarise(ms),
  };
}
