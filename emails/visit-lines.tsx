import { Text } from '@react-email/components';
import { Fragment } from 'react';

/** A visit's details, one per line, the first in bold (the e-mails of everyday changes). */
export function VisitLines({ lines }: { lines: (string | false)[] }) {
  const shown = lines.filter((l): l is string => !!l);
  return (
    <Text>
      {shown.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {i === 0 ? <strong>{line}</strong> : line}
        </Fragment>
      ))}
    </Text>
  );
}
