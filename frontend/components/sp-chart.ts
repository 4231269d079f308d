// A small web component over Chart.js (design.md "Web UI": charts use Chart.js from npm).
// The server sets one JSON property, `config`; the chart redraws when it changes. A visually hidden
// table carries the same numbers for screen readers, since a canvas alone is not accessible.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

interface Series {
  name: string;
  kind: 'line' | 'bar';
  colour: string;
  values: (number | null)[];
}

interface ChartConfig {
  title: string;
  labels: string[];
  series: Series[];
  xTitle?: string;
  yTitle?: string;
}

@customElement('sp-chart')
export class SpChart extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 220px;
    }
    .frame {
      position: relative;
      width: 100%;
      height: 100%;
      min-height: 220px;
    }
    .hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `;

  @property({ type: Object }) config: ChartConfig = { title: '', labels: [], series: [] };

  @query('canvas') private canvas!: HTMLCanvasElement;

  private chart?: Chart;

  render() {
    const c = this.config;
    return html`
      <div class="frame">
        <canvas role="img" aria-label=${c.title}></canvas>
      </div>
      <table class="hidden">
        <caption>${c.title}</caption>
        <thead>
          <tr>
            <th>${c.xTitle ?? ''}</th>
            ${c.series.map((s) => html`<th>${s.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${c.labels.map(
            (label, i) => html`<tr>
              <th>${label}</th>
              ${c.series.map((s) => html`<td>${s.values[i] ?? nothing}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  updated() {
    const c = this.config;
    const data = {
      labels: c.labels,
      datasets: c.series.map((s) => ({
        type: s.kind,
        label: s.name,
        data: s.values,
        borderColor: s.colour,
        backgroundColor: s.kind === 'bar' ? s.colour + 'b3' : s.colour,
        borderWidth: 2,
        pointRadius: 2,
        tension: 0.2,
        spanGaps: true,
      })),
    };
    const axis = (title?: string) => ({ title: { display: !!title, text: title ?? '' } });
    const options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      scales: { x: axis(c.xTitle), y: { ...axis(c.yTitle), beginAtZero: true } },
      plugins: { legend: { position: 'bottom' as const } },
    };
    if (this.chart) {
      this.chart.data = data as any;
      this.chart.options = options as any;
      this.chart.update();
    } else {
      this.chart = new Chart(this.canvas, { type: 'bar', data: data as any, options: options as any });
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }
}
