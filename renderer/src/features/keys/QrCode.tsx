// The key card's QR code: SVG markup made by the backend (the qrcode library), shown as an image.
export function QrCode({ svg, label, className }: { svg: string; label: string; className?: string }) {
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return <img className={className ?? 'keycard-qr'} src={src} alt={label} />;
}
