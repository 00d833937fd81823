/**
 * Results written in Chinese, Japanese or Korean, where the number is glued to CJK words:
 * `计算成本可以降低90％`, `分解能 5% 改善`, `속도를 14.6배 가속하여`, `增加1％的参数`. The measure
 * words come from `cjkMeasures` in `src/data/metrics.json` (a CJK word and the name the
 * result is given under). A result needs a measure word next to the number and either a
 * change word (`向上`, `降低`, `줄이`), a multiplier (`倍`, `배`) or the measure word right
 * before the number. Used by `extractMetrics` for what the token rules miss.
 */
import lexicon from '../data/metrics.json' with { type: 'json' };
import type { Field, Metric } from '../schema/paper.js';
import { RE_METRIC_CJK_AFTER, RE_METRIC_CJK_OF, RE_METRIC_CJK_RESULT, RE_METRIC_CJK_SIGMA } from '../regex/metrics.js';

const MEASURES: Readonly<Record<string, string>> = lexicon.cjkMeasures;
/** Longest first, so that `计算成本` wins over `成本`. */
const MEASURE_KEYS = Object.keys(MEASURES).sort((a, b) => b.length - a.length);

const INCREASE = ['向上', '提升', '提高', '增加', '增长', '改善', '改进', '上昇', '増加', '가속', '향상', '증가', '개선'];
const DECREASE = ['降低', '减少', '減少', '削减', '削減', '低下', '低減', '缩短', '短縮', '줄이', '줄여', '감소', '단축'];


const changeIn = (s: string): 'increase' | 'decrease' | null => {
  for (const w of INCREASE) if (s.includes(w)) return 'increase';
  for (const w of DECREASE) if (s.includes(w)) return 'decrease';
  return null;
};

/** The change word `s` opens with (`向上、`, `줄이는`). */
const changeAt = (s: string): 'increase' | 'decrease' | null => {
  for (const w of INCREASE) if (s.startsWith(w)) return 'increase';
  for (const w of DECREASE) if (s.startsWith(w)) return 'decrease';
  return null;
};

/** The measure word in `s` (the last one, longest first), with where it ends. */
function measureIn(s: string): { name: string; end: number; at: number } | null {
  let best: { name: string; end: number; at: number } | null = null;
  for (const k of MEASURE_KEYS) {
    const at = s.lastIndexOf(k);
    if (at >= 0 && (!best || at > best.at && at >= best.end)) best = { name: MEASURES[k]!, end: at + k.length, at };
  }
  return best;
}

/** The CJK-written results of `text` not already among `found` (same value, overlapping span). */
export function extractCjkMetrics(text: string, field: Field, found: readonly Metric[]): Metric[] {
  const out: Metric[] = [];
  if (!MEASURE_KEYS.length) return out;
  RE_METRIC_CJK_RESULT.lastIndex = 0;
  for (let m = RE_METRIC_CJK_RESULT.exec(text); m; m = RE_METRIC_CJK_RESULT.exec(text)) {
    const run = m[1]!;
    const value = Number(m[3]);
    const unit = m[4] === '倍' || m[4] === '배' ? 'x' : '%';
    const end0 = m.index + m[0].length;
    const after = RE_METRIC_CJK_AFTER.exec(text.slice(end0, end0 + 12))!;
    const afterWord = after[2] ?? '';
    let measure = measureIn(run);
    let start = m.index;
    // (the word after the unit belongs to the result only when it is a change word)
    let end = end0 + (changeAt(afterWord) ? after[0].length : after[1] ? after[0].indexOf(after[1]) + after[1].length : 0);
    let dir = changeIn(run.slice(measure ? measure.end : 0)) ?? changeAt(afterWord);
    if (!measure) {
      // `增加1％的参数`: a change word before the number, the measure after it.
      const of = dir ? RE_METRIC_CJK_OF.exec(text.slice(end0, end0 + 8)) : null;
      const mo = of ? measureIn(of[1]!) : null;
      if (!of || !mo) continue;
      measure = mo;
      end = end0 + of[0].length;
    } else {
      start = m.index + measure.at;
      // The measure word must be right before the number (a particle at most) unless a change word follows.
      const gap = run.length - measure.end;
      if (!dir && unit === '%' && gap > 1) continue;
      if (gap > 6) continue;
    }
    if (!dir && unit === 'x') dir = 'increase';
    if (!(value > 0)) continue;
    if (found.some((f) => f.value === value && f.span.start < end && start < f.span.end)) continue;
    const qual = after[1] ? 'more than' : m[2] ? '~' : null;
    const s = Math.max(0, start);
    out.push({
      name: measure.name,
      value,
      unit,
      dataset: null,
      direction: dir,
      relation: dir ? 'relative-change' : 'absolute',
      qualifier: qual,
      higherIsBetter: null,
      text: text.slice(s, end),
      span: { field, start: s, end },
    });
  }
  // `（2.2σ）`, `3σ の有意度`: a significance in standard deviations, in brackets or after a space.
  RE_METRIC_CJK_SIGMA.lastIndex = 0;
  for (let m = RE_METRIC_CJK_SIGMA.exec(text); m; m = RE_METRIC_CJK_SIGMA.exec(text)) {
    const value = Number(m[2]);
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    if (!(value > 0) || found.some((f) => f.value === value && f.span.start < end && start < f.span.end)) continue;
    out.push({ name: 'significance', value, unit: 'σ', dataset: null, direction: null, relation: 'absolute', qualifier: null, higherIsBetter: true, text: text.slice(start, end), span: { field, start, end } });
  }
  return out;
}

