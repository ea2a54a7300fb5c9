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
import { formatCount, formatNumber } from '../../../shared/format';
import { i18n } from '../../../shared/i18n/i18n';
import { isLanguage, languageInfo } from '../../../shared/i18n/languages';

const two = (v: number) => formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const one = (v: number) => formatNumber(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = (e: number) => (Number.isFinite(e) ? `${e > 0 ? '+' : e < 0 ? '−' : ''}${formatNumber(Math.abs(e), { style: 'percent', maximumFractionDigits: 0 })}` : '–');
/** The words of the exported debrief, in the interface language. */
const x = (key: string, values?: Record<string, unknown>) => i18n.t(`seminar:export.${key}`, values);
const sizeLine = (d: Debrief, title: (s: string) => string) =>
  x('size', { scenario: title(d.scenarioTitle), played: d.roundsPlayed, total: d.roundsTotal, count: d.yearsPerRound, seed: d.seed, agents: formatCount(d.agents) });
const changesText = (changes: Debrief['rounds'][number]['decisions'][number]['changes']) =>
  changes.length ? changes.map((c) => `${c.label} ${two(c.from)} → ${two(c.to)}`).join('; ') : x('noChange');

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

/** The shared index and each team's own score (team-weights.ts) as rows: who, human security (business as usual), State security (business as usual). */
function scoreRows(d: Debrief): string[][] {
  const cell = (v: number, bau: number) => `${one(v)} (${one(bau)})`;
  const name = (id: string) => d.teams.find((t) => t.id === id)?.name ?? id;
  return [
    [i18n.t('seminar:ownScores.shared'), cell(d.shared.human, d.shared.humanBusinessAsUsual), cell(d.shared.state, d.shared.stateBusinessAsUsual)],
    ...d.scores.map((s) => [name(s.teamId), cell(s.human, s.humanBusinessAsUsual), cell(s.state, s.stateBusinessAsUsual)]),
  ];
}
const scoreHead = () => [i18n.t('seminar:ownScores.who'), i18n.t('seminar:ownScores.human'), i18n.t('seminar:ownScores.state')];

export function debriefMarkdown(d: Debrief): string {
  const lines: string[] = [];
  lines.push(`# ${x('title', { title: md(d.title) })}`, '');
  lines.push(sizeLine(d, md), '');
  lines.push(x('teams', { teams: d.teams.map((t) => md(t.name)).join(', ') }), '');
  lines.push(`## ${x('shows')}`, '');
  for (const o of d.observations) lines.push(`- ${md(o)}`);
  lines.push('', `## ${x('whole')}`, '', `| ${x('figure')} | ${x('session')} | ${x('bau')} |`, '|---|---:|---:|');
  for (const t of d.totals) lines.push(`| ${outputLabel(t.output)} (${roundUnit(t.output)}) | ${formatRoundValue(t.output, t.value)} | ${formatRoundValue(t.output, t.businessAsUsual)} |`);
  lines.push('', `## ${x('path')}`, '', `| ${x('round')} | ${x('human')} | ${x('state')} | ${x('humanBau')} | ${x('stateBau')} |`, '|---|---:|---:|---:|---:|');
  d.path.forEach((p, i) => {
    const b = d.businessAsUsualPath[i];
    lines.push(`| ${p.round} | ${one(p.y)} | ${one(p.x)} | ${b ? one(b.y) : ''} | ${b ? one(b.x) : ''} |`);
  });
  lines.push('', `## ${i18n.t('seminar:ownScores.title')}`, '', `| ${scoreHead().join(' | ')} |`, '|---|---:|---:|');
  for (const row of scoreRows(d)) lines.push(`| ${md(row[0])} | ${row[1]} | ${row[2]} |`);
  for (const r of d.rounds) {
    lines.push('', `## ${x('roundN', { n: r.round + 1 })}`, '');
    if (r.event) lines.push(`${x('event')} **${md(r.event.name)}** — ${md(r.event.description)}`, '');
    lines.push(`| ${x('team')} | ${x('decision')} | ` + (d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => x('effect', { label: outputLabel(o) })).join(' | ') + ' |' : ''));
    lines.push('|---|---|' + (d.effectsIncluded ? EFFECT_OUTPUTS.map(() => '---:|').join('') : ''));
    for (const dec of r.decisions) {
      const what = changesText(dec.changes);
      const effects = d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => (dec.effects ? describeEffect(o, dec.effects[o]) : '–')).join(' | ') + ' |' : '';
      lines.push(`| ${md(dec.teamName)} | ${md(what)} | ${effects}`);
    }
    lines.push('', `| ${x('figure')} | ${x('thisRound')} | ${x('bau')} |`, '|---|---:|---:|');
    for (const o of ROUND_FIGURES) lines.push(`| ${outputLabel(o)} (${roundUnit(o)}) | ${formatRoundValue(o, r.figures[o])} | ${formatRoundValue(o, r.businessAsUsual[o])} |`);
    if (r.predictions.length) {
      lines.push('', `| ${x('team')} | ${x('predicted')} | ${x('outcome')} | ${x('offBy')} |`, '|---|---|---:|---:|');
      for (const p of r.predictions)
        lines.push(`| ${md(p.teamName)} | ${outputLabel(p.output)}: ${formatRoundValue(p.output, p.predicted)} | ${formatRoundValue(p.output, p.outcome)} | ${pct(p.error)} |`);
    }
  }
  lines.push('', `## ${x('questions')}`, '');
  d.questions.forEach((q, i) => lines.push(`${i + 1}. ${md(q.text)} *(${md(q.reference)})*`));
  lines.push('', x('honest'), '');
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
  const lang = languageInfo(isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  parts.push(`<!doctype html><html lang="${lang.code}" dir="${lang.dir}"><head><meta charset="utf-8"><title>${escapeHtml(x('title', { title: d.title }))}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1>${escapeHtml(x('title', { title: d.title }))}</h1>`);
  parts.push(`<p>${sizeLine(d, escapeHtml)}<br>${escapeHtml(x('teams', { teams: d.teams.map((t) => t.name).join(', ') }))}</p>`);
  parts.push(`<h2 class="first">${escapeHtml(x('shows'))}</h2><ul>${d.observations.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`);
  parts.push(table([x('figure'), x('session'), x('bau')], d.totals.map((t) => [`${outputLabel(t.output)} (${roundUnit(t.output)})`, formatRoundValue(t.output, t.value), formatRoundValue(t.output, t.businessAsUsual)])));
  parts.push(`<h2>${escapeHtml(x('path'))}</h2><p>${escapeHtml(x('pathNote'))}</p>`);
  parts.push(planeSvg(d.path, d.businessAsUsualPath));
  parts.push(`<h2>${escapeHtml(i18n.t('seminar:ownScores.title'))}</h2>`);
  parts.push(table(scoreHead(), scoreRows(d)));
  for (const r of d.rounds) {
    parts.push(`<h2>${escapeHtml(x('roundN', { n: r.round + 1 }))}</h2>`);
    if (r.event) parts.push(`<p>${escapeHtml(x('event'))} <strong>${escapeHtml(r.event.name)}</strong> — ${escapeHtml(r.event.description)}</p>`);
    const head = [x('team'), x('decision'), ...(d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => x('effect', { label: outputLabel(o) })) : [])];
    const rows = r.decisions.map((dec) => [
      dec.teamName,
      changesText(dec.changes),
      ...(d.effectsIncluded ? EFFECT_OUTPUTS.map((o) => (dec.effects ? describeEffect(o, dec.effects[o]) : '–')) : []),
    ]);
    parts.push(table(head, rows, 2));
    parts.push(table([x('figure'), x('thisRound'), x('bau')], ROUND_FIGURES.map((o) => [`${outputLabel(o)} (${roundUnit(o)})`, formatRoundValue(o, r.figures[o]), formatRoundValue(o, r.businessAsUsual[o])])));
    if (r.predictions.length)
      parts.push(table([x('team'), x('predicted'), x('outcome'), x('offBy')], r.predictions.map((p) => [p.teamName, `${outputLabel(p.output)}: ${formatRoundValue(p.output, p.predicted)}`, formatRoundValue(p.output, p.outcome), pct(p.error)]), 2));
  }
  parts.push(`<h2>${escapeHtml(x('questions'))}</h2><ol>${d.questions.map((q) => `<li>${escapeHtml(q.text)} <em>(${escapeHtml(q.reference)})</em></li>`).join('')}</ol>`);
  parts.push(`<p><small>${escapeHtml(x('honest'))}</small></p></body></html>`);
  return parts.join('\n');
}
