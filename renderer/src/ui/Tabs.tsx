// Simple tabs: a row of buttons (role=tab) choosing which panel shows; arrow keys move between tabs.
import { useId, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

export function Tabs({
  items,
  current,
  onChange,
  label,
}: {
  items: TabItem[];
  current: string;
  onChange(id: string): void;
  label?: string;
}) {
  const base = useId();
  const active = items.find((item) => item.id === current) ?? items[0];
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = items[(index + step + items.length) % items.length];
    if (next) {
      onChange(next.id);
      document.getElementById(`${base}-tab-${next.id}`)?.focus();
    }
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {items.map((item, index) => (
          <button
            key={item.id}
            id={`${base}-tab-${item.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={item.id === active?.id}
            aria-controls={`${base}-panel`}
            tabIndex={item.id === active?.id ? 0 : -1}
            onClick={() => onChange(item.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={active ? `${base}-tab-${active.id}` : undefined}
        className="tab-panel"
      >
        {active?.content}
      </div>
    </div>
  );
}
