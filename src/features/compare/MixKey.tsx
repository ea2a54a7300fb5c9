/**
 * A mix's key: a short stretch of its line (colour and dash) with its marker and number, as on
 * the charts, so a mix can be found by shape as well as colour.
 */
import type { MarkerShape, MixStyle } from './mixes';

/** A marker centred on (cx, cy), about 2r across. */
export function MarkerPath({ shape, cx, cy, r, colour }: { readonly shape: MarkerShape; readonly cx: number; readonly cy: number; readonly r: number; readonly colour: string }) {
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5 };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - r * 1.2} L${cx + r * 1.2},${cy} L${cx},${cy + r * 1.2} L${cx - r * 1.2},${cy} Z`} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - r * 1.2} L${cx + r * 1.15},${cy + r * 0.9} L${cx - r * 1.15},${cy + r * 0.9} Z`} {...common} />;
    case 'cross': {
      const a = r * 0.45;
      const b = r * 1.15;
      return <path d={`M${cx - a},${cy - b} H${cx + a} V${cy - a} H${cx + b} V${cy + a} H${cx + a} V${cy + b} H${cx - a} V${cy + a} H${cx - b} V${cy - a} H${cx - a} Z`} {...common} />;
    }
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
      });
      return <polygon points={points.join(' ')} {...common} />;
    }
  }
}

export function MixKey({ style, number }: { readonly style: MixStyle; readonly number: number }) {
  return (
    <svg className="mix-key" width="44" height="20" viewBox="0 0 44 20" aria-hidden="true" focusable="false">
      <line x1="1" y1="10" x2="43" y2="10" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash} />
      <MarkerPath shape={style.marker} cx={22} cy={10} r={6} colour={style.colour} />
      <text x="22" y="13.5" textAnchor="middle" fontSize="9" fontWeight="700" fill="#ffffff">
        {number}
      </text>
    </svg>
  );
}
