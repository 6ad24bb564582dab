'use client';

import { useEffect } from 'react';
import { QrCode } from '@/components/ui/qr-code';

/** A ticket as the machine prints it, already in words (the action formats it on the server). */
export type KioskTicketView = {
  number: string;
  heading: string;
  rows: { label: string; value: string }[];
  note: string;
  /** The live ticket for the phone (/bilet/{token}), printed as a QR code. */
  liveUrl: string;
  /** The QR code's name for screen readers, and the line under it. */
  qrLabel: string;
  qrCaption: string;
};

/**
 * The issued ticket, large on the screen and the only thing printed (app/kiosk/kiosk.css sizes
 * the page for an 80 mm receipt printer). Printing starts as soon as it is shown: Chromium run
 * with --kiosk-printing sends it to the default printer without a dialog.
 */
export function KioskTicket({ ticket }: { ticket: KioskTicketView }) {
  useEffect(() => {
    window.print();
  }, [ticket.number]);
  return (
    <section
      aria-labelledby="bilet"
      className="kiosk-ticket rounded-2xl border-4 border-slate-950 p-8 text-center"
    >
      <h1 id="bilet" className="text-3xl font-bold">
        {ticket.heading}
      </h1>
      <p className="kiosk-ticket-number mt-4 font-mono text-[9rem] leading-none font-black">
        {ticket.number}
      </p>
      <dl className="mt-8 space-y-4 text-left text-3xl">
        {ticket.rows.map((r) => (
          <div key={r.label}>
            <dt className="text-2xl">{r.label}</dt>
            <dd className="font-bold">{r.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-8 text-2xl">{ticket.note}</p>
      <figure className="kiosk-ticket-qr mt-6 flex flex-col items-center">
        <QrCode value={ticket.liveUrl} label={ticket.qrLabel} className="size-48" />
        <figcaption className="mt-2 text-xl">
          {ticket.qrCaption}
          <span className="kiosk-ticket-url mt-1 block font-mono text-base break-all">{ticket.liveUrl}</span>
        </figcaption>
      </figure>
    </section>
  );
}
