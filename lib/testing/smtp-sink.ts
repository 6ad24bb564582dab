// The tests' SMTP server is the benchmarks' too: one plain-JavaScript module in scripts/lib.
export { startSmtpSink } from '../../scripts/lib/smtp-sink.mjs';
export type { SinkMessage, SmtpSink } from '../../scripts/lib/smtp-sink.mjs';
