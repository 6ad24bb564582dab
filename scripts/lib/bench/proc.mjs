// A server's resident memory and CPU time as the kernel counts them (Linux /proc), its child
// processes included: what the machine really gives the process, which V8's own heap figures
// leave out (buffers, sockets' user-space queues, native modules).
import fs from 'node:fs';

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on every Linux this runs on). */
const TICKS = 100;

/**
 * VmRSS of one process in bytes, or 0 when it has gone.
 * @param {number} pid
 */
function ownRss(pid) {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The children of a process, from each of its threads' `children` file.
 * @param {number} pid
 * @returns {number[]}
 */
function childrenOf(pid) {
  let tasks;
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => {
    try {
      return fs
        .readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  });
}

/**
 * User and system CPU seconds of one process, or 0 when it has gone.
 * @param {number} pid
 */
function ownCpu(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/**
 * `pid` and all its descendants.
 * @param {number} pid
 */
function tree(pid) {
  const seen = new Set();
  const queue = [pid];
  while (queue.length && seen.size < 1000) {
    const p = /** @type {number} */ (queue.shift());
    if (seen.has(p)) continue;
    seen.add(p);
    queue.push(...childrenOf(p));
  }
  return [...seen];
}

/**
 * RSS of `pid` and all its descendants, in bytes.
 * @param {number} pid
 */
export function treeRss(pid) {
  return tree(pid).reduce((sum, p) => sum + ownRss(p), 0);
}

/**
 * CPU seconds used so far by several servers and their descendants together.
 * @param {number[]} pids
 */
export function serversCpu(pids) {
  return pids.flatMap(tree).reduce((sum, p) => sum + ownCpu(p), 0);
}

/**
 * RSS of several servers together (a run with `--instances 2` reports their sum).
 * @param {number[]} pids
 */
export function serversRss(pids) {
  return pids.reduce((sum, pid) => sum + treeRss(pid), 0);
}

/**
 * Samples RSS `times` times, `everyMs` apart, and returns the last and the highest sample: a
 * figure taken once can land just before or after a garbage collection.
 * @param {number[]} pids
 * @param {{ times?: number; everyMs?: number }} [opts]
 */
export async function sampleRss(pids, { times = 3, everyMs = 500 } = {}) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    if (i) await new Promise((r) => setTimeout(r, everyMs));
    samples.push(serversRss(pids));
  }
  return { last: /** @type {number} */ (samples.at(-1)), max: Math.max(...samples) };
}
