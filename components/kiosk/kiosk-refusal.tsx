/** Why no ticket was printed, and where to go instead, in one alert. */
export function KioskRefusal({ id, message, askInfo }: { id: string; message: string; askInfo: string }) {
  return (
    <div
      id={id}
      role="alert"
      className="mb-8 rounded-2xl border-4 border-red-800 bg-red-50 p-6 text-3xl text-red-950"
    >
      <p className="font-bold">{message}</p>
      {!message.includes(askInfo) && <p className="mt-3">{askInfo}</p>}
    </div>
  );
}
