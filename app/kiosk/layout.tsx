import './kiosk.css';

// The ticket machine's pages: their own print style (the 80 mm ticket only); no staff frame.
export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return children;
}
