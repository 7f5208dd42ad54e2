import type { Bar } from '../../lib/stats/counts';
import { useT } from '../i18n';
import { archiveMessages } from './messages';

// A hand-rolled horizontal bar chart in SVG: a label, a bar and the number per row. Labels are data (site names,
// regions), so they are SVG text nodes, never markup.

const ROW = 22;
const LABEL = 130;
const WIDTH = 420;

export function BarChart(props: { title: string; bars: Bar[]; label?: (key: string) => string }) {
  const t = useT(archiveMessages);
  const max = Math.max(1, ...props.bars.map((b) => b.count));
  const height = Math.max(ROW, props.bars.length * ROW);
  const room = WIDTH - LABEL - 60;
  return (
    <figure class="la-chart">
      <figcaption>{props.title}</figcaption>
      <svg width={WIDTH} height={height} role="img" aria-label={props.title} viewBox={`0 0 ${WIDTH} ${height}`}>
        {props.bars.map((b, i) => {
          const w = Math.round((b.count / max) * room);
          const y = i * ROW;
          const name = props.label ? props.label(b.key) : b.key;
          return (
            <g key={b.key}>
              <title>{`${name}${t('colon')}${b.count}`}</title>
              <text x={LABEL - 6} y={y + 15} text-anchor="end" font-size="12">
                {name.length > 18 ? name.slice(0, 17) + '…' : name}
              </text>
              <rect x={LABEL} y={y + 4} width={Math.max(w, b.count ? 1 : 0)} height={ROW - 8} fill="#3b6ea8" />
              <text x={LABEL + w + 6} y={y + 15} font-size="12">
                {b.count.toLocaleString()}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
