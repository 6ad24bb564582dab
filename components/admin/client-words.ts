// The sentences of the staff area's client components, put into words by their server parents
// (no catalogue in the browser). Client files import only the types from here; the builders run
// on the server with the page's translator.
import { MARK } from '@/components/ui/phrase';
import type { Translator } from '@/lib/i18n/translator';
import type { RuleRow } from '@/lib/server/schedule/load-schedule-view';

export type ContactRevealWords = {
  show: string;
  hide: string;
  showFor: string;
  hideFor: string;
  none: string;
};

/** "Pokaż kontakt" of one visit: both states' labels, since the browser switches between them. */
export function contactRevealWords(t: Translator, reference: string): ContactRevealWords {
  const show = t('admin.dayList.showContact');
  const hide = t('admin.dayList.hideContact');
  return {
    show,
    hide,
    showFor: t('admin.dayList.contactFor', { label: show, reference }),
    hideFor: t('admin.dayList.contactFor', { label: hide, reference }),
    none: t('admin.dayList.noContact'),
  };
}

export type ScheduleImpactWords = ReturnType<typeof scheduleImpactWords>;

export function scheduleImpactWords(t: Translator) {
  return {
    // Completed in the browser (components/ui/phrase): the count and phones come with an action's answer.
    heading: t('admin.schedule.impact.heading', { count: MARK }),
    intro: t('admin.schedule.impact.intro'),
    caption: t('admin.schedule.impact.caption'),
    region: t('admin.schedule.impact.region'),
    columns: [
      t('admin.words.term'),
      t('admin.words.reference'),
      t('admin.words.matter'),
      t('admin.schedule.impact.notice'),
    ],
    held: t('admin.schedule.impact.held'),
    byEmail: t('admin.schedule.impact.byEmail'),
    call: t('admin.schedule.impact.call', { phone: MARK }),
    noPhone: t('admin.schedule.impact.noPhone'),
    reason: t('admin.schedule.impact.reason'),
    reasonHint: t('admin.schedule.impact.reasonHint'),
  };
}

export type ScheduleClosureWords = ReturnType<typeof scheduleClosureWords>;

export function scheduleClosureWords(t: Translator, names: { category: string; office: string }) {
  return {
    scope: t('admin.schedule.closure.scope'),
    scopeCategory: t('admin.schedule.closure.scopeCategory', { name: names.category }),
    scopeOffice: t('admin.schedule.closure.scopeOffice', { name: names.office }),
    fromDate: t('admin.words.fromDate'),
    fromHint: t('admin.schedule.closure.fromHint'),
    to: t('admin.schedule.closure.to'),
    toHint: t('admin.schedule.closure.toHint'),
    reason: t('admin.words.reason'),
    reasonHint: t('admin.schedule.closure.reasonHint'),
    submit: t('admin.schedule.closure.submit'),
    impact: scheduleImpactWords(t),
  };
}

const RULE_FIELDS = [
  'opens',
  'closes',
  'slot',
  'counters',
  'from',
  'to',
] as const satisfies (keyof RuleRow)[];
type RuleField = (typeof RULE_FIELDS)[number];

/** One row of the week's table: its name, the note under the weekday, each cell's label. */
export type RuleRowWords = { label: string; note: string; cells: Record<RuleField, string>; remove: string };

export type ScheduleRulesWords = ReturnType<typeof scheduleRulesWords>;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The week's table: per weekday, a row per opening block (`blocks` of them) and the empty one. */
export function scheduleRulesWords(t: Translator, blocks: number[]) {
  const columns = Object.fromEntries(RULE_FIELDS.map((f) => [f, t(`admin.schedule.col.${f}`)])) as Record<
    RuleField,
    string
  >;
  const row = (label: string, note: string): RuleRowWords => ({
    label,
    note,
    cells: Object.fromEntries(
      RULE_FIELDS.map((f) => [f, t('admin.schedule.cell', { row: label, column: columns[f].toLowerCase() })]),
    ) as Record<RuleField, string>,
    remove: t('admin.schedule.removeRow', { row: label }),
  });
  const days = WEEKDAYS.map((d, i) => {
    const day = t(`admin.schedule.weekday.${d}`);
    const count = blocks[i] ?? 0;
    return {
      day,
      rows: [
        ...Array.from({ length: count }, (_, j) =>
          row(
            t('admin.schedule.block', { day, n: String(j + 1) }),
            t('admin.schedule.blockN', { n: String(j + 1) }),
          ),
        ),
        count
          ? row(t('admin.schedule.newBlock', { day }), t('admin.schedule.addBlock'))
          : row(t('admin.schedule.firstBlock', { day }), t('admin.schedule.closedDay')),
      ],
    };
  });
  return {
    days,
    columns,
    caption: t('admin.schedule.rulesCaption'),
    day: t('admin.words.day'),
    remove: t('admin.schedule.remove'),
    save: t('admin.schedule.saveRules'),
    impact: scheduleImpactWords(t),
  };
}
