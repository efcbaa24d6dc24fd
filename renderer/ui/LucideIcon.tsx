/** A bundled Lucide icon (the same IconNode the board paints) as inline SVG for the DOM. */
import { createElement } from 'react';
import type { IconNode } from 'lucide';

export function LucideIcon({ icon, size = 20 }: { readonly icon: IconNode; readonly size?: number }) {
  return (
    <svg
      className="lucide-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {icon.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
    </svg>
  );
}
