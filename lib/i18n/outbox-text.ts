// What staff read about messages that could not be sent (/admin/wiadomosci): the catalogue's
// `notify.kinds`, by the outbox's template name.
import { isMessageKey, t } from './t';

export const kindLabel = (template: string) => {
  const key = `notify.kinds.${template}`;
  return isMessageKey(key) ? t(key) : template;
};
