// A fingerprint as 12 groups of 4 digits in three rows, easy to read aloud group by group.
export function Fingerprint({ digits, label }: { digits: string; label?: string }) {
  const groups = digits.split(' ');
  const rows = [groups.slice(0, 4), groups.slice(4, 8), groups.slice(8)];
  return (
    <div className="fingerprint" aria-label={label} data-fingerprint={digits}>
      {rows.map((row, i) => (
        <div key={i} className="fingerprint-row">
          {row.map((group, j) => (
            <span key={j}>{group}</span>
          ))}
        </div>
      ))}
    </div>
  );
}
