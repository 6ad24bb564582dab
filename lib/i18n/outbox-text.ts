// What staff read about messages that could not be sent (/admin/wiadomosci): the catalogue's
// `notify.kinds`, by the outbox's template name.
import type { MessageKey } from './catalogue';
import { sayMessage, translator } from './translator';

export const kindLabel = (template: string) => {
  const t = translator();
  const key = `notify.kinds.${template}` as MessageKey;
  return t.has(key) ? sayMessage(t, { key }) : template;
};
