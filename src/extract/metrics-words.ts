/**
 * Word lists of the metric extractor: what a word next to a number says about it. Lower
 * case; looked up per token, never joined into a regex.
 */

/** Qualifiers before a number, longest first: `more than 90%`, `up to 16%`, `~22%`. */
export const QUALIFIERS: readonly (readonly string[])[] = [
  ['as', 'much', 'as'], ['as', 'many', 'as'], ['as', 'high', 'as'], ['as', 'low', 'as'], ['as', 'little', 'as'], ['as', 'few', 'as'], ['as', 'large', 'as'],
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['greater', 'than'], ['higher', 'than'], ['lower', 'than'], ['larger', 'than'], ['smaller', 'than'], ['better', 'than'],
  ['an', 'average', 'of'], ['average', 'of'], ['a', 'factor', 'of'], ['factor', 'of'],
  ['up', 'to'], ['at', 'least'], ['at', 'most'], ['in', 'excess', 'of'], ['close', 'to'], ['well', 'over'], ['well', 'above'], ['on', 'average'],
  ['>', '='], ['<', '='],
  ['over'], ['nearly'], ['about'], ['around'], ['approximately'], ['approx'], ['roughly'], ['almost'], ['only'], ['just'], ['above'], ['below'], ['under'],
  ['exceeding'], ['beyond'], ['within'], ['circa'], ['geq'], ['leq'], ['ge'], ['le'], ['sim'], ['>'], ['<'], ['≥'], ['≤'], ['~'], ['≈'], ['∼'], ['>>'],
];

/** Verbs that state a change: `improves X by 7%`, `reduces WER by 12.3%`. */
export const INCREASE_VERBS = new Set([
  'improve', 'improves', 'improved', 'improving', 'boost', 'boosts', 'boosted', 'boosting', 'increase', 'increases', 'increased', 'increasing',
  'raise', 'raises', 'raised', 'raising', 'enhance', 'enhances', 'enhanced', 'enhancing', 'accelerate', 'accelerates', 'accelerated', 'accelerating',
  'speed', 'speeds', 'sped', 'speeding', 'lift', 'lifts', 'lifted', 'lifting', 'grow', 'grows', 'grew', 'growing', 'rise', 'rises', 'rose', 'rising',
  'gain', 'gains', 'gained', 'gaining', 'advance', 'advances', 'advanced', 'elevate', 'elevates', 'elevated', 'push', 'pushes', 'pushed', 'expand', 'expands', 'expanded',
  'widen', 'widens', 'widened', 'double', 'doubles', 'doubled', 'triple', 'triples', 'tripled', 'jump', 'jumps', 'jumped',
  'extend', 'extends', 'extended', 'extending',
]);
export const DECREASE_VERBS = new Set([
  'reduce', 'reduces', 'reduced', 'reducing', 'decrease', 'decreases', 'decreased', 'decreasing', 'lower', 'lowers', 'lowered', 'lowering',
  'cut', 'cuts', 'cutting', 'drop', 'drops', 'dropped', 'dropping', 'decline', 'declines', 'declined', 'declining', 'fall', 'falls', 'fell', 'falling',
  'shrink', 'shrinks', 'shrank', 'shrinking', 'narrow', 'narrows', 'narrowed', 'narrowing', 'save', 'saves', 'saved', 'saving', 'compress', 'compresses', 'compressed',
  'shorten', 'shortens', 'shortened', 'diminish', 'diminishes', 'diminished', 'mitigate', 'mitigates', 'mitigated', 'alleviate', 'alleviates', 'halve', 'halves', 'halved',
  'close', 'closes', 'closed', 'closing', 'minimize', 'minimizes', 'minimized', 'slash', 'slashes', 'slashed', 'trim', 'trims', 'trimmed',
  'degrade', 'degrades', 'degraded', 'degrading', 'deteriorate', 'deteriorates', 'deteriorated', 'worsen', 'worsens', 'worsened', 'plummet', 'plummets', 'plummeted',
]);
/** Verbs whose object is the baseline, not the measure: `outperforms X by 5%`. */
export const BEAT_VERBS = new Set([
  'outperform', 'outperforms', 'outperformed', 'outperforming', 'surpass', 'surpasses', 'surpassed', 'surpassing', 'exceed', 'exceeds', 'exceeded', 'exceeding',
  'beat', 'beats', 'beating', 'outpace', 'outpaces', 'outstrip', 'outstrips', 'trail', 'trails', 'lag', 'lags', 'underperform', 'underperforms',
]);

/** Nouns of change after a number: `a 64% reduction`, `11.7% gain in mIoU`. */
export const INCREASE_NOUNS = new Set(['increase', 'increases', 'improvement', 'improvements', 'gain', 'gains', 'boost', 'boosts', 'speedup', 'speedups', 'speed-up', 'acceleration', 'increment', 'lift', 'rise', 'uplift', 'growth', 'enhancement', 'enrichment']);
export const DECREASE_NOUNS = new Set(['reduction', 'reductions', 'decrease', 'decreases', 'drop', 'drops', 'decline', 'degradation', 'saving', 'savings', 'cut', 'cuts', 'loss', 'compression', 'shrinkage', 'fall']);

/** Comparatives after a number: `3x faster`, `20% fewer parameters`, `40% narrower`. */
export const MORE_WORDS = new Set(['more', 'higher', 'larger', 'greater', 'bigger', 'better', 'faster', 'longer', 'wider', 'stronger', 'quicker', 'increased', 'improved', 'extra', 'additional', 'up']);
export const LESS_WORDS = new Set(['less', 'fewer', 'lower', 'smaller', 'narrower', 'shorter', 'cheaper', 'slower', 'reduced', 'decreased', 'lighter', 'down', 'worse', 'weaker', 'tighter']);

/** `-er` words that are not comparatives. */
export const NOT_COMPARATIVE = new Set(['number', 'paper', 'other', 'under', 'over', 'after', 'layer', 'transformer', 'encoder', 'decoder', 'parameter', 'user', 'cluster', 'filter', 'order', 'power', 'answer', 'never', 'either', 'neither', 'whether', 'together', 'rather', 'further', 'water', 'computer', 'learner', 'teacher', 'server', 'player', 'speaker', 'classifier', 'optimizer', 'tokenizer', 'adapter', 'former', 'latter', 'per', 'her', 'master', 'chapter', 'letter', 'matter', 'register', 'character', 'baker', 'center', 'centre', 'corner', 'ever', 'however', 'manner', 'member', 'river', 'super', 'upper', 'lower', 'inner', 'outer', 'after']);

/** Words that may sit between a measure and its number: `FID of 2.51`, `accuracy reaches 90%`. */
export const LINK_WORDS = new Set([
  'of', '=', ':', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'becomes', 'became', 'remains', 'remained', 'stays',
  'reaches', 'reached', 'reach', 'reaching', 'achieves', 'achieved', 'achieve', 'achieving', 'attains', 'attained', 'attaining', 'obtains', 'obtained',
  'yields', 'yielded', 'scores', 'scored', 'scoring', 'at', 'to', 'by', 'from', 'ranging', 'ranges', 'range', 'ranged', 'between', 'reduced', 'improved', 'increased',
  'decreased', 'boosted', 'dropped', 'drops', 'drop', 'falls', 'fell', 'rises', 'rose', 'goes', 'went', 'can', 'could', 'further', 'has', 'have', 'had',
  'with', 'as', 'up', 'measured', 'reported', 'exhibits', 'shows', 'showed', 'gets', 'got', 'still', 'even', 'respectively', 'amounts', 'equals', 'equal', 'of',
  'improvements', 'improvement', 'gains', 'gain', 'reduction', 'reductions', 'drop', 'increase', 'decrease',
]);

/** Words that end a noun phrase. */
export const NP_STOP = new Set([
  'we', 'our', 'us', 'they', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'which', 'who', 'whose', 'what', 'where', 'when', 'while', 'whereas', 'although',
  'and', 'or', 'but', 'nor', 'than', 'by', 'to', 'from', 'in', 'on', 'upon', 'at', 'with', 'without', 'for', 'over', 'across', 'under', 'via', 'through', 'into', 'onto',
  'compared', 'relative', 'against', 'versus', 'vs', 'per', 'each', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'can', 'could', 'may',
  'might', 'will', 'would', 'should', 'must', 'do', 'does', 'did', 'not', 'no', 'also', 'only', 'just', 'up', 'as', 'such', 'so', 'then', 'thus', 'there', 'here',
  'achieve', 'achieves', 'achieved', 'achieving', 'obtain', 'obtains', 'obtained', 'reach', 'reaches', 'reached', 'yield', 'yields', 'yielded', 'show', 'shows',
  'showed', 'shown', 'demonstrate', 'demonstrates', 'find', 'finds', 'found', 'derive', 'derives', 'derived', 'report', 'reports', 'reported', 'get', 'gets',
  'observe', 'observes', 'observed', 'attain', 'attains', 'provide', 'provides', 'lead', 'leads', 'leading', 'result', 'results', 'resulting', 'enable', 'enables',
  'needed', 'required', 'used', 'using', 'use', 'uses', 'like', 'including', 'among', 'between', 'about', 'around', 'nearly', 'approximately', 'roughly', 'remain', 'remains', 'become', 'becomes', 'same', 'other', 'both', 'all', 'most', 'more', 'less',
  'fewer', 'several', 'many', 'some', 'any', 'every', 'if', 'because', 'since', 'after', 'before', 'during', 'until', 'respectively', 'whilst', 'however',
  // Verbs that often follow a subject noun phrase.
  'contains', 'contain', 'contained', 'include', 'includes', 'included', 'exhibit', 'exhibits', 'produce', 'produces', 'fail', 'fails', 'failed', 'receive',
  'receives', 'lack', 'lacks', 'require', 'requires', 'match', 'matches', 'mention', 'mentions', 'refer', 'refers', 'appear', 'appears', 'occur', 'occurs',
  'come', 'comes', 'belong', 'belongs', 'rely', 'relies', 'suffer', 'suffers', 'generated', 'make', 'makes',
]);

/** Determiners dropped at the start of a name. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'its', 'their', 'our', 'this', 'these', 'those', 'overall', 'total', 'both', 'each', 'every', 'any', 'such']);

/** Heads that make a phrase a measure even when the lexicon does not list it: `Sharpe ratio`, `hit rate`. */
export const MEASURE_HEADS = new Set([
  'ratio', 'rate', 'rates', 'score', 'scores', 'error', 'errors', 'accuracy', 'accuracies', 'loss', 'distance', 'return', 'returns', 'coefficient', 'correlation',
  'index', 'divergence', 'precision', 'recall', 'similarity', 'gap', 'margin', 'fidelity', 'agreement', 'coverage', 'efficiency', 'speedup', 'throughput',
  'latency', 'cost', 'costs', 'time', 'runtime', 'effort', 'performance', 'quality', 'consistency', 'deviation', 'variance', 'bias', 'utility', 'reward', 'regret',
  'alignment', 'overlap', 'likelihood', 'perplexity', 'entropy', 'success', 'robustness', 'faithfulness', 'relevance', 'preference', 'preferences', 'usage', 'consumption', 'footprint',
  'drawdown', 'volatility', 'profit', 'profits', 'revenue', 'variance', 'speed', 'sensitivity', 'specificity', 'auc', 'yield', 'recovery', 'violation', 'violations', 'purity',
]);
/** Adverbs without `-ly` that may sit between a subject and its verb (`performance also increases`). */
export const PLAIN_ADVERBS = new Set(['also', 'further', 'still', 'even', 'often', 'thus', 'then', 'again', 'now', 'already']);
/** What a duration of data is of (`200,000 hours of EEG data`, `1,000 hours of speech`): a dataset's size, not a cost. */
export const DATA_NOUNS = new Set([
  'data', 'dataset', 'datasets', 'audio', 'speech', 'video', 'videos', 'recordings', 'recording', 'footage', 'signals', 'music', 'conversations',
  'dialogue', 'dialogues', 'gameplay', 'driving', 'trajectories', 'demonstrations', 'interactions', 'eeg', 'ecg', 'text', 'transcripts', 'clips',
]);
/** Hardware a memory size describes (`a single 24GB machine`, `a 16 GB GPU`): the set-up, not a result. */
export const HARDWARE_NOUNS = new Set(['machine', 'machines', 'gpu', 'gpus', 'card', 'cards', 'device', 'devices', 'node', 'nodes', 'server', 'servers', 'laptop', 'laptops', 'phone', 'phones', 'accelerator', 'accelerators', 'workstation', 'instance', 'instances', 'board', 'chip', 'chips']);
/** Verbs before a duration that give a dataset's extent (`644 videos covering 3.33 hours`). */
export const EXTENT_VERBS = new Set(['covering', 'covers', 'spanning', 'spans', 'totaling', 'totalling', 'totals', 'comprising', 'containing', 'lasting']);
/** Heads that name a setting, never a result: `threshold 0.75`, `batch size 32868`. */
export const SETTING_HEADS = new Set(['threshold', 'thresholds', 'size', 'sizes', 'budget', 'level', 'step', 'steps', 'epoch', 'epochs', 'seed', 'temperature', 'weight', 'weights', 'lambda', 'alpha', 'beta', 'gamma', 'epsilon', 'k', 'n', 'rank', 'dimension', 'dimensions', 'depth', 'width', 'length', 'resolution', 'horizon', 'window', 'point', 'points', 'samples', 'shots', 'iterations', 'layers', 'heads', 'tokens']);

/** Words before `N% of` that make the share a setting: `using less than 10% of the data`, `the top 10%`. */
export const SETTING_BEFORE_SHARE = new Set([
  'using', 'use', 'uses', 'used', 'top', 'bottom', 'smallest', 'largest', 'first', 'last', 'equal', 'equals', 'keeping', 'keep', 'keeps', 'retaining',
  'retain', 'retains', 'masking', 'mask', 'masks', 'masked', 'pruning', 'prune', 'prunes', 'pruned', 'removing', 'remove', 'removes', 'removed', 'sampling', 'sample',
  'sampled', 'subsample', 'subsampling', 'randomly', 'random', 'selecting', 'select', 'selected', 'labeling', 'labelling', 'annotating', 'training', 'trained',
  'fine-tuning', 'finetuning', 'updating', 'update', 'updates', 'freezing', 'freeze', 'dropping', 'corrupting', 'corrupted', 'replacing', 'replace', 'injecting',
  'allocating', 'allocate', 'assigning', 'setting', 'set', 'rank', 'budget', 'holding', 'hold', 'held', 'withholding', 'leaving',
]);
/** Words after `N%` that make it a setting: `95% confidence`, `50% sparsity`, `10% label noise`. */
export const SETTING_AFTER_PERCENT = new Set([
  'confidence', 'ci', 'credible', 'quantile', 'percentile', 'significance', 'level', 'sparsity', 'noise', 'masking', 'mask', 'dropout', 'label',
  'labels', 'labeled', 'labelled', 'annotation', 'annotations', 'subset', 'split', 'pruning', 'pruned', 'corruption', 'missing', 'rate', 'ratio', 'quantization',
  'poisoning', 'poisoned', 'occlusion', 'overlap', 'holdout', 'interval', 'intervals', 'cl', 'c.l',
]);
/** Nouns after `N% of (the)` that are inputs chosen by the authors: `10% of the data`. */
export const SETTING_SHARE_NOUNS = new Set([
  'data', 'dataset', 'datasets', 'training', 'train', 'labels', 'labeled', 'labelled', 'samples', 'examples', 'parameters', 'params', 'weights', 'tokens', 'images',
  'embedding', 'dimension', 'dimensions', 'layers', 'neurons', 'channels', 'heads', 'compute', 'budget', 'vocabulary', 'pixels', 'patches', 'nodes', 'edges',
  'features', 'annotations', 'queries', 'clients', 'trajectories', 'demonstrations', 'points', 'instances', 'corpus', 'text', 'context', 'input', 'inputs', 'memory',
]);

/** Verbs of "N% of the time" or "N% of X": `detects 97.1% of fabrications`, `prefer ... 70% of the time`. */
/** Words before `<plural noun> greater than N` that make it a criterion: `with differences greater than 1 point`. */
export const CRITERION_BEFORE = new Set(['with', 'for', 'among', 'of', 'where', 'only', 'whose']);
/** Verbs of a rating before its criteria: `scored highly on accuracy (4.1), empathy (4.5)`. */
export const RATING_VERBS = new Set(['scored', 'scores', 'score', 'rated', 'rates', 'rate', 'graded', 'grades', 'judged', 'evaluated', 'assessed']);
/** Adjectives before a known acronym that make it a model (`the vanilla MAE`), not a measure. */
export const MODEL_ADJECTIVES = new Set(['vanilla', 'original', 'baseline', 'pretrained', 'pre-trained', 'plain', 'standard']);
/** Heads of a phrase naming a system whose measure is reported: `the Success@1 score of the best-performing LLM`. */
export const SYSTEM_WORDS = new Set(['llm', 'llms', 'model', 'models', 'method', 'methods', 'baseline', 'baselines', 'system', 'systems', 'agent', 'agents', 'approach', 'detector', 'classifier', 'network']);
/** Verbs of a value reached (`the final loss converging to 0.1083`): the subject names it, no change. */
export const SETTLE_VERBS = new Set(['converge', 'converges', 'converged', 'converging', 'settle', 'settles', 'settled', 'settling', 'stabilize', 'stabilizes', 'stabilized', 'stabilizing', 'plateau', 'plateaus', 'plateaued']);
/** Units of length written out after a number (`5 kilometres`). */
export const LENGTH_WORDS = new Set(['kilometre', 'kilometres', 'kilometer', 'kilometers', 'metre', 'metres', 'meter', 'meters', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'millimetre', 'millimetres', 'millimeter', 'millimeters', 'mile', 'miles']);
/** What a rate counts (`in 90% of the trials`, `in 50% experimental trials, they succeed`): the verb of the clause names the rate. */
export const TRIAL_NOUNS = new Set(['time', 'times', 'cases', 'instances', 'trials', 'queries', 'runs', 'episodes', 'attempts', 'tries']);
export const RATE_VERBS = new Map([
  ['prefer', 'preference'], ['prefers', 'preference'], ['preferred', 'preference'], ['win', 'win rate'], ['wins', 'win rate'], ['won', 'win rate'],
  ['detect', 'detection rate'], ['detects', 'detection rate'], ['detected', 'detection rate'], ['solve', 'solve rate'], ['solves', 'solve rate'], ['solved', 'solve rate'],
  ['succeed', 'success rate'], ['succeeds', 'success rate'], ['fail', 'failure rate'], ['fails', 'failure rate'], ['agree', 'agreement'], ['agrees', 'agreement'],
  ['refuse', 'refusal rate'], ['refuses', 'refusal rate'], ['hallucinate', 'hallucination rate'], ['hallucinates', 'hallucination rate'], ['pass', 'pass rate'],
  ['passes', 'pass rate'], ['resolve', 'resolve rate'], ['resolves', 'resolve rate'], ['resolved', 'resolve rate'], ['recover', 'recovery rate'], ['recovers', 'recovery rate'],
  ['identify', 'identification rate'], ['identifies', 'identification rate'], ['identified', 'identification rate'], ['cover', 'coverage'], ['covers', 'coverage'],
  ['covering', 'coverage'], ['covered', 'coverage'], ['answer', 'answer rate'], ['answers', 'answer rate'], ['answered', 'answer rate'], ['classify', 'accuracy'],
  ['classifies', 'accuracy'], ['predict', 'accuracy'], ['predicts', 'accuracy'], ['retrieve', 'recall'], ['retrieves', 'recall'], ['flag', 'detection rate'],
  ['flags', 'detection rate'], ['catch', 'detection rate'], ['catches', 'detection rate'], ['attack', 'attack success rate'], ['jailbreak', 'attack success rate'],
  ['approve', 'approval rate'], ['approves', 'approval rate'], ['approved', 'approval rate'], ['approving', 'approval rate'], ['accept', 'acceptance rate'],
  ['accepts', 'acceptance rate'], ['accepted', 'acceptance rate'],
]);
/** Per-item time units (`0.17 s/frame`, `12 ms/token`): the time and the item. */
export const TIME_PER_UNITS = new Set(['s', 'ms', 'sec', 'secs', 'second', 'seconds', 'µs', 'μs', 'min']);
export const TIME_PER_ITEMS = new Set(['frame', 'image', 'img', 'token', 'tok', 'it', 'iter', 'iteration', 'step', 'sample', 'query', 'request', 'video', 'episode']);

/** Words that bring a time into a result: `trains in 76 minutes`, `latency of 12 ms`. */
export const TIME_CONTEXT = new Set([
  'train', 'trains', 'trained', 'training', 'inference', 'latency', 'runtime', 'run', 'runs', 'takes', 'took', 'faster', 'speedup', 'reduced', 'reduces', 'reduce',
  'from', 'within', 'completes', 'completed', 'converges', 'converge', 'pretraining', 'pre-training', 'fine-tuning', 'finetuning', 'generation', 'generates',
  'decoding', 'wall-clock', 'time', 'hours', 'only', 'just', 'under',
]);

/** Words before a number that make it a reference or a setting: `Table 1`, `Section 4`, `top 5`. */
export const REFERENCE_WORDS = new Set([
  'table', 'tables', 'tab', 'fig', 'figs', 'figure', 'figures', 'section', 'sections', 'sec', 'secs', 'eq', 'eqs', 'equation', 'equations', 'appendix', 'theorem',
  'lemma', 'corollary', 'proposition', 'definition', 'algorithm', 'chapter', 'step', 'stage', 'phase', 'level', 'round', 'task', 'version', 'v', 'part', 'track',
  'rank', 'ranks', 'ranked', 'ranking', 'no', 'top', 'layer', 'block', 'head', 'type', 'class', 'category', 'example', 'problem', 'question', 'exercise', 'line',
  'batch', 'seed', 'epoch', 'epochs', 'iteration', 'iterations', 'k', 'n', 'grade', 'day', 'week', 'month', 'year', 'season', 'episode', 'group', 'id', 'p',
  'sizes', 'size', 'top-k', 'dimension', 'width', 'depth', 'threshold', 'factor', 'temperature',
]);

/** Phrases that name a setting even though their head is a measure word. */
export const SETTING_PHRASES = new Set([
  'learning rate', 'dropout rate', 'dropout', 'sampling rate', 'sample rate', 'masking ratio', 'mask ratio', 'masking rate', 'mixing ratio', 'decay rate', 'weight decay',
  'momentum', 'warmup ratio', 'label smoothing', 'keep ratio', 'drop rate', 'pruning ratio', 'pruning rate', 'noise rate', 'noise ratio', 'noise level', 'mixup ratio',
  'poisoning rate', 'poisoning ratio', 'injection rate', 'replay ratio', 'update ratio', 'aspect ratio', 'split ratio', 'train ratio', 'training ratio', 'bit rate',
  'batch size', 'mini-batch size', 'minibatch size', 'group size', 'rollout size', 'context window', 'patch size', 'step size',
]);

/** Lower-case words that do not modify a measure written after them. */
export const MODIFIER_STOP = new Set(['average', 'mean', 'overall', 'total', 'final', 'best', 'new', 'high', 'low', 'good', 'strong', 'competitive', 'comparable', 'similar', 'state-of-the-art', 'sota', 'top', 'maximum', 'minimum', 'max', 'min', 'significant', 'substantial', 'consistent', 'relative', 'absolute', 'respective', 'its', 'same', 'an', 'a', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'with']);

/** A comparative with no measure after it names one: `2 orders of magnitude cheaper`. */
export const COMPARATIVE_MEASURES = new Map([
  ['cheaper', 'cost'], ['costlier', 'cost'], ['faster', 'speedup'], ['quicker', 'speedup'], ['slower', 'slowdown'], ['smaller', 'size'], ['larger', 'size'],
  ['bigger', 'size'], ['lighter', 'size'], ['shorter', 'length'], ['longer', 'length'],
  ['better', 'performance'], ['worse', 'performance'],
]);

/** Verbs that report a result: `achieves 88.53% on X`, `reaches 89.2 on RewardBench`. */
export const RESULT_VERBS = new Set([
  'achieves', 'achieved', 'achieve', 'achieving', 'reaches', 'reached', 'reaching', 'obtains', 'obtained', 'obtaining', 'attains', 'attained', 'attaining',
  'scores', 'scored', 'scoring', 'records', 'recorded', 'delivers', 'delivered', 'yields', 'yielded', 'hits',
]);

/** Upper-case words after a number that name no measure: hardware, model families, units, fields. */
export const ACRONYM_STOP = new Set([
  'GPU', 'GPUS', 'CPU', 'CPUS', 'TPU', 'TPUS', 'NPU', 'RAM', 'VRAM', 'API', 'AI', 'ML', 'NLP', 'CV', 'RL', 'LLM', 'LLMS', 'LM', 'LMS', 'CNN', 'CNNS', 'RNN', 'GNN', 'MLP',
  'USD', 'EUR', 'GB', 'MB', 'KB', 'TB', 'PB', 'FLOP', 'FLOPS', 'GHZ', 'MHZ', 'KHZ', 'HZ', 'DB', 'FPS', 'PM', 'AM', 'UTC', 'GMT', 'USA', 'UK', 'EU', 'OR', 'AND', 'VS', 'ID', 'IDS',
  'OOD', 'IID', 'SOTA', 'DNA', 'RNA', 'MRI', 'CT', 'ECG', 'EEG', 'QA', 'VQA', 'ASR', 'TTS', 'MT', 'OCR', 'IOT',
]);

/** Seconds or bytes in one unit: values of one kind of unit on one scale (`3 days` > `76 minutes`). */
export const UNIT_SCALES: ReadonlyMap<string, number> = new Map([
  ['ms', 1e-3], ['µs', 1e-6], ['μs', 1e-6], ['ns', 1e-9], ['msec', 1e-3], ['s', 1], ['sec', 1], ['secs', 1], ['second', 1], ['seconds', 1], ['min', 60], ['mins', 60],
  ['minute', 60], ['minutes', 60], ['h', 3600], ['hr', 3600], ['hrs', 3600], ['hour', 3600], ['hours', 3600], ['day', 86400], ['days', 86400], ['week', 604800],
  ['weeks', 604800], ['KB', 1e3], ['MB', 1e6], ['GB', 1e9], ['TB', 1e12], ['KiB', 1024], ['MiB', 1048576], ['GiB', 1073741824], ['TiB', 1099511627776],
]);
