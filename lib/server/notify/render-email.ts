import 'server-only';
import { render } from '@react-email/components';
import type { ReactElement } from 'react';
import type { OutboxContent } from './enqueue-message';

/** HTML and plain text of a React Email template, as a message module renders it at sending. */
export async function renderEmail(subject: string, element: ReactElement): Promise<OutboxContent> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
