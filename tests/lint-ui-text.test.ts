/**
 * The interface-text lint (scripts/lint/ui-text.js, in eslint.config.js): run through ESLint's Node
 * API on small components in src/, literal words a person would read in JSX are refused and text
 * from the catalogues is not. The whole code base passing `npm run lint` shows every component
 * takes its words from t() today.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function textErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result.messages.filter((m) => m.ruleId === 'crossings-i18n/no-literal-ui-text').map((m) => m.message);
}

const component = (body: string) =>
  `import { useTranslation } from 'react-i18next';\nexport function Probe({ busy, n }: { busy: boolean; n: number }) {\n  const { t } = useTranslation();\n  return (${body});\n}\n`;

describe('the interface-text lint', () => {
  it('refuses words written in JSX text, in braces and in either arm of a condition', async () => {
    expect(await textErrors('src/features/explore/Probe.tsx', component('<p>Running the model…</p>'))).toEqual([expect.stringMatching(/Running the model/)]);
    expect(await textErrors('src/features/explore/Probe.tsx', component("<p>{'Running'}</p>"))).toHaveLength(1);
    expect(await textErrors('src/features/explore/Probe.tsx', component("<p>{busy ? 'Running' : t('done')}</p>"))).toHaveLength(1);
    expect(await textErrors('src/features/explore/Probe.tsx', component('<p>{`Month ${n}`}</p>'))).toHaveLength(1);
    expect(await textErrors('src/shared/Probe.tsx', component('<p>مرحبا</p>'))).toHaveLength(1);
  });

  it('refuses words in attributes people read or hear, whatever the component', async () => {
    expect(await textErrors('src/app/Probe.tsx', component('<button aria-label="Close the panel" />'))).toEqual([expect.stringMatching(/aria-label/)]);
    expect(await textErrors('src/app/Probe.tsx', component("<input placeholder={'Search'} title={t('x')} />"))).toEqual([expect.stringMatching(/placeholder/)]);
    expect(await textErrors('src/app/Probe.tsx', component('<img alt="A chart" />'))).toHaveLength(1);
    expect(await textErrors('src/app/Probe.tsx', component('<Chart title="Month by month" description={`Runs: ${n}`} />'))).toHaveLength(2);
  });

  it('lets through text from the catalogues, punctuation, numbers, file formats, code and attributes nobody reads', async () => {
    const fine = component(
      `<section className="kpi kpi-up" data-testid="key-figures" id="x" aria-labelledby="h" lang="ar">\n<h2 id="h">{t('kpi.title')}</h2>\n<span aria-hidden="true">▲ · – … 12%</span>\n<button aria-label={t('chart.saveSvg', { title: 'x' })}>SVG</button>{' '}<span>{n}</span><code>--format json</code>\n</section>`,
    );
    expect(await textErrors('src/features/explore/Probe.tsx', fine)).toEqual([]);
  });

  it('leaves tests alone', async () => {
    expect(await textErrors('src/features/explore/Probe.test.tsx', component('<p>Running</p>'))).toEqual([]);
  });
});
