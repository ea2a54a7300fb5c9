/**
 * The debrief as files to keep or share after the class: Markdown (for notes and learning
 * platforms) and a self-contained HTML page (styles inline, the plane as inline SVG, no script),
 * both written from the same Debrief object the page shows. Every name typed by people is
 * escaped in both, so a team called "<b>" stays text (markdownText, escapeHtml).
 */
import type { Debrief } from './debrief';
import { describeEffect } from './debrief';
import { EFFECT_OUTPUTS, ROUND_FIGURES, formatRoundValue, outputLabel, roundUnit } from './figures';
import { planeSvg } from './plane-svg';

const two = (v: number) => v.toFixed(2);
const pct = (e: number) => (Number.isFinite(e) ? `${e > 0 ? '+' : e < 0 ? '−' : ''}${Math.abs(e * 100).toFixed(0)}%` : '–');

/**
 * Text in Markdown that shows as the text itself, whatever people typed: on one line, with HTML
 * escaped as entities (a team called `<img src=x onerror=…>` must not become an image when a
 * learning platform renders the file) and Markdown's own marks escaped with a backslash (no
 * links or images from `[…](…)`, no table cells split by `|`, no stray emphasis).
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}
const md = markdownText;

export function debriefMarkdown(d: Debrief): string {
  const lines: string[] = [];
  lines.push(`# Debrief: ${md(d.title)}`, '');
  lines.push(`Scenario: ${md(d.scenarioTitle)} · ${d.roundsPlayed} of ${d.roundsTotal} rounds of ${d.yearsPerRound} year(s) · seed ${d.seed} · ${d.agents.toLocaleString('en-GB')} agents`, '');
  lines.push(`Teams: ${d.teams.map((t) => md(t.name)).join(', ')}`, '');
  lines.push('## What the session shows', '');
  for (const o of d.observations) lines.push(`- ${md(o)}`);
  lines.push('', '## The whole session against business as usual', '', '| Figure | Session | Business as usual |', '|---|---:|---:|');
  for (const t of d.totals) lines.push(`| ${outputLabel(t.output)} (${roundUnit(t.output)}) | ${formatRoundValue(t.output, t.value)} | ${formatRoundValue(t.output, t.businessAsUsual)} |`);
  lines.push('', '## The path on the plane', '', '| Round | Human security | State security | Human security (BAU) | State security (BAU) |', '|---|---:|---:|---:|---:|');
  d.path.forEach((p, i) => {
    const b = d.businessAsUsualPath[i];
    lines.push(`| ${p.round} | ${p.y.toFixed(1)} | ${p.x.toFixed(1)} | ${b ? b.y.toFixed(1) : ''} | ${b ? b.x.toFixed(1) : ''} |`);
  });
  for (const r of d.rounds) {
    lines.push('', `## Round ${r.round + 1}`, '');
    if (r.event) lines.push(`Event: **${md(r.event.name)}** — ${md(r.event.description)}`, '');
    lines.push('| Team | Decision | ' + (d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => `${outputLabel(o)} effect`).join(' | ') + ' |' : ''));
    lines.push('|---|---|' + (d.effectsIncluded ? EFFECT_OUTPUTS.map(() => '---:|').join('') : ''));
    for (const x of r.decisions) {
      const what = x.changes.length ? x.changes.map((c) => `${c.label} ${two(c.from)} → ${two(c.to)}`).join('; ') : 'no change';
      const effects = d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => (x.effects ? describeEffect(o, x.effects[o]) : '–')).join(' | ') + ' |' : '';
      lines.push(`| ${md(x.teamName)} | ${md(what)} | ${effects}`);
    }
    lines.push('', '| Figure | This round | Business as usual |', '|---|---:|---:|');
    for (const o of ROUND_FIGURES) lines.push(`| ${outputLabel(o)} (${roundUnit(o)}) | ${formatRoundValue(o, r.figures[o])} | ${formatRoundValue(o, r.businessAsUsual[o])} |`);
    if (r.predictions.length) {
      lines.push('', '| Team | Predicted | Outcome | Off by |', '|---|---|---:|---:|');
      for (const p of r.predictions)
        lines.push(`| ${md(p.teamName)} | ${outputLabel(p.output)}: ${formatRoundValue(p.output, p.predicted)} | ${formatRoundValue(p.output, p.outcome)} | ${pct(p.error)} |`);
    }
  }
  lines.push('', '## Questions for discussion', '');
  d.questions.forEach((q, i) => lines.push(`${i + 1}. ${md(q.text)} *(${md(q.reference)})*`));
  lines.push('', 'Crossings is a teaching model: its figures illustrate mechanisms, they are not forecasts.', '');
  return lines.join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left}
td.num{text-align:right}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}svg{max-width:100%;height:auto}
@media print{h2{break-before:page}h2.first{break-before:auto}table,svg{break-inside:avoid}}`;

function table(head: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c, i) => (i >= numericFrom ? `<td class="num">${escapeHtml(c)}</td>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

export function debriefHtml(d: Debrief): string {
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Debrief: ${escapeHtml(d.title)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1>Debrief: ${escapeHtml(d.title)}</h1>`);
  parts.push(`<p>Scenario: ${escapeHtml(d.scenarioTitle)} · ${d.roundsPlayed} of ${d.roundsTotal} rounds of ${d.yearsPerRound} year(s) · seed ${d.seed} · ${d.agents.toLocaleString('en-GB')} agents<br>Teams: ${d.teams.map((t) => escapeHtml(t.name)).join(', ')}</p>`);
  parts.push(`<h2 class="first">What the session shows</h2><ul>${d.observations.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`);
  parts.push(table(['Figure', 'Session', 'Business as usual'], d.totals.map((t) => [`${outputLabel(t.output)} (${roundUnit(t.output)})`, formatRoundValue(t.output, t.value), formatRoundValue(t.output, t.businessAsUsual)])));
  parts.push(`<h2>The path on the plane</h2><p>Blue: the session, one point per round (R1, R2, …). Grey dashed: business as usual (the same events, no team decisions).</p>`);
  parts.push(planeSvg(d.path, d.businessAsUsualPath));
  for (const r of d.rounds) {
    parts.push(`<h2>Round ${r.round + 1}</h2>`);
    if (r.event) parts.push(`<p>Event: <strong>${escapeHtml(r.event.name)}</strong> — ${escapeHtml(r.event.description)}</p>`);
    const head = ['Team', 'Decision', ...(d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => `${outputLabel(o)} effect`) : [])];
    const rows = r.decisions.map((x) => [
      x.teamName,
      x.changes.length ? x.changes.map((c) => `${c.label} ${two(c.from)} → ${two(c.to)}`).join('; ') : 'no change',
      ...(d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => (x.effects ? describeEffect(o, x.effects[o]) : '–')) : []),
    ]);
    parts.push(table(head, rows, 2));
    parts.push(table(['Figure', 'This round', 'Business as usual'], ROUND_FIGURES.map((o) => [`${outputLabel(o)} (${roundUnit(o)})`, formatRoundValue(o, r.figures[o]), formatRoundValue(o, r.businessAsUsual[o])])));
    if (r.predictions.length)
      parts.push(table(['Team', 'Predicted', 'Outcome', 'Off by'], r.predictions.map((p) => [p.teamName, `${outputLabel(p.output)}: ${formatRoundValue(p.output, p.predicted)}`, formatRoundValue(p.output, p.outcome), pct(p.error)]), 2));
  }
  parts.push(`<h2>Questions for discussion</h2><ol>${d.questions.map((q) => `<li>${escapeHtml(q.text)} <em>(${escapeHtml(q.reference)})</em></li>`).join('')}</ol>`);
  parts.push('<p><small>Crossings is a teaching model: its figures illustrate mechanisms, they are not forecasts.</small></p></body></html>');
  return parts.join('\n');
}
