// The retention period as the regulations state it (docs/data-retention.md): the seed writes the
// sentence and later finds and updates its period. Built from the catalogue's `retention` texts.
import { pl } from './messages/pl';
import { translator } from './translator';

/** The words of the regulations that state the period; the seed finds and updates them. */
export function retentionPeriodPhrase(days: number): string {
  const t = translator();
  return t('retention.periodPhrase', { days });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrase with any period, the number of days as group 1: its plural's forms are the choices. */
export const RETENTION_PERIOD_PATTERN = (() => {
  const text = pl.retention.periodPhrase;
  const open = text.indexOf('{days');
  const close = text.lastIndexOf('}');
  const forms = [...text.slice(open, close).matchAll(/\{# ([^{}]*)\}/g)].map((m) => escape(m[1]!));
  return new RegExp(
    `${escape(text.slice(0, open))}(\\d+) (?:${forms.join('|')})${escape(text.slice(close + 1))}`,
  );
})();

/** The regulations' sentence on the retention period (prisma/regulations.ts). */
export function retentionRegulations(days: number): string {
  const t = translator();
  return t('retention.regulations', { period: retentionPeriodPhrase(days) });
}
