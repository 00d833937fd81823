/**
 * Word lists for finding dataset names: the nouns that announce a dataset, the words
 * that make a phrase generic, and names that are models, methods, tasks or metrics.
 * All keys are lower case; model and task keys are folded (letters and digits only).
 */

import { RE_DS_APPOSITIVE_OPEN, RE_DS_PUNCT_ANY, RE_DS_SPACES } from '../regex/datasets.js';
import { isJsSpaceCode } from '../lib/text.js';

const set = (s: string): Set<string> => new Set(s.split(RE_DS_SPACES).filter(Boolean));

/** Nouns that name a dataset strongly: `the X dataset`, `X, a new benchmark`. */
export const STRONG_CUES = set(`
  dataset datasets benchmark benchmarks corpus corpora treebank treebanks testbed testbeds
`);

/**
 * Nouns that name a dataset only next to a distinctive name (`the MIMIC-III database`,
 * `the BipedalWalker environment`, `the SoccerNet challenge`), not after ordinary words
 * (`a living database`, `the Amazon Picking Challenge`).
 */
export const WEAK_CUES = set(`
  database databases collection collections suite suites challenge challenges competition competitions
  environment environments leaderboard leaderboards archive archives repository repositories
  split splits subset subsets task-suite set sets data
`);

/** True for a word that announces a dataset (strong or weak). */
export function isCueWord(w: string): boolean {
  return STRONG_CUES.has(w) || WEAK_CUES.has(w);
}

/** Nouns that open a list of datasets after them only (`eight open sources - A, B, C`). */
export const LIST_CUES = set(`sources data-sources`);

/**
 * Words after a cue noun that make it a modifier, not the head (`dataset distillation`,
 * `benchmark results`, `dataset size`): then `X dataset` is not a name.
 */
export const CUE_BLOCKERS = set(`
  distillation condensation construction creation curation collection generation synthesis
  size sizes scale bias biases shift shifts pruning selection design paper papers result results
  score scores performance performances accuracy accuracies setting settings task tasks
  suite suites card cards quality cleaning documentation license licenses bias
  contamination leakage release releases statistics analysis analyses
`);

/**
 * Modifiers that may stand between an article and a name, or between a name and its cue
 * noun, without making the phrase generic: `the public Kodak and Tecnick datasets`,
 * `the challenging LVIS open-vocabulary benchmark`.
 */
export const NEUTRAL_MODIFIERS = set(`
  public publicly available standard popular common commonly widely widely-used well-known famous
  classic classical original full entire official established recent challenging large-scale
  real-world benchmark benchmarking existing open open-source downstream representative
  competitive prominent canonical conventional traditional mainstream respective corresponding
  held-out test validation training evaluation
`);

/** Determiners and words that open a phrase naming a specific dataset. */
export const DEFINITE = set(`the our their its this these those both`);

/** Words that make what follows generic: `a large-scale dataset`, `two public LiDAR datasets`. */
export const INDEFINITE = set(`a an any another each every no`);

/** Verbs that introduce a new resource: `we introduce X, a dataset ...`. */
export const INTRO_VERBS = set(`
  introduce introduces introduced introducing present presents presented presenting
  release releases released releasing propose proposes proposed proposing construct constructs
  constructed build builds built create creates created curate curates curated collect collects
  collected contribute contributes contributed develop develops developed publish publishes published
  provide provides provided offer offers offered establish establishes established
  constructing building creating curating collecting contributing developing publishing providing
  offering establishing
`);

/** Words after a name that show it is a method, model or system of the paper, not a dataset. */
export const METHOD_HEADS = set(`
  model models method methods framework frameworks architecture architectures approach approaches
  network networks net algorithm algorithms agent agents system systems pipeline pipelines module
  modules layer layers encoder encoders decoder decoders backbone backbones classifier classifiers
  detector detectors optimizer optimizers loss losses policy policies tokenizer tokenizers
  embedding embeddings toolkit toolkits library libraries platform platforms engine engines api
  team teams variant variants checkpoint checkpoints weights implementation
  training pretraining pre-training fine-tuning finetuning trained pretrained pre-trained fine-tuned
  teacher student baseline baselines score metric metrics
`);

/**
 * Last words of a long form that make its parenthesised abbreviation the paper's own method,
 * module or technique (`Stage-Aware Reinforcement (STARE)`, `Semantic Bridging Decoder (SBD)`),
 * beside {@link METHOD_HEADS}: a listed dataset that shares the abbreviation is not meant there.
 */
export const LONG_FORM_HEADS = set(`
  reinforcement learning optimization optimisation distillation attention alignment transformer
  transformers fusion regularization regularisation sampling search tuning prompting decoding
  planning compression quantization training matching estimation refinement augmentation adaptation
  aggregation routing scheduling guidance correction bootstrapping mechanism block blocks unit units
  head heads gate gating controller generator predictor extractor enhancer verifier router reasoner
  solver planner selector scorer retriever adapter adapters injector aligner filter filtering
`);

/** Verbs of performance: a name that outperforms or achieves is a method (`FlowFormer achieves`). */
export const PERFORMANCE_VERBS = set(`
  outperforms outperformed outperform achieves achieved achieve surpasses surpassed surpass beats beat
  improves improved attains attained obtains obtained yields reaches reached ranks ranked exceeds
  exceeded boosts boosted enhances learns predicts generates generated leverages utilizes employs
  significantly consistently substantially
`);

/** Words that name the method or model being introduced: `called X`, `named X`. */
export const NAMING_WORDS = set(`called named termed dubbed coined namely`);

/** Words that introduce an appositive list: `datasets such as X`, `datasets including X`. */
export const LIST_OPENERS = set(`including include includes like namely e.g. e.g viz.`);

/** Heads that make a capitalised phrase a data source in `data from the X`: `the Human Connectome Project`. */
export const SOURCE_HEADS = set(`
  project initiative biobank study studies cohort registry database archive atlas survey repository
  consortium bank dataset corpus collection challenge trial program programme network commons census
  panel library
`);

/**
 * Capitalised words that, inside a multiword name (not first), mark it as a data
 * resource: `Million Song Dataset`, `Protein Data Bank`, `Science Data Lake`,
 * `Open Graph Benchmark`, `Cancer Genome Atlas`.
 */
export const RESOURCE_WORDS = set(`
  data dataset datasets corpus database archive atlas biobank treebank benchmark bench
  collection commons repository registry suite warehouse
`);

/** Verbs before `from` in `drawn from the X`, `obtained from X`. */
export const DATA_VERBS = set(`
  drawn obtained collected recruited sourced derived extracted taken retrieved acquired downloaded
  gathered sampled compiled curated selected
`);

/** Nouns before `from/of` in `data from the X`. */
export const DATA_NOUNS = set(`
  data images scans recordings records samples subjects participants patients individuals cases
  volumes videos trajectories measurements sequences notes reports texts documents articles
`);

/** Head words of events: stripped from a name (`SoccerNet Challenge` is SoccerNet). */
export const EVENT_HEADS = set(`challenge competition shared task track workshop`);

/** Capitalised words that never start or make a name alone. */
export const GENERIC_WORDS = set(`
  the a an this that these those we our us it its they their he she his her in on at for to with by
  from of and or but nor as if so yet however moreover furthermore finally specifically additionally
  also then thus hence therefore here there where when while which who whom whose what why how
  although though since because unlike compared using based given via through across among between
  extensive experimental experiments experiment results result evaluation evaluations empirical
  empirically recent recently existing previous prior standard public popular common large small
  new novel several various multiple many real synthetic benchmark benchmarks dataset datasets data
  corpus corpora table figure fig section appendix code source github first second third finally
  overall further next each both all some most more other another such any every no not only
  state sota art one two three four five six seven eight nine ten zero code models model method
  methods approach framework task tasks training test testing validation train learning deep neural
  network networks transformer transformers large-scale real-world open-source multi-task
  comprehensive unified general generic diverse challenging simple strong robust efficient effective
  scalable fast accurate better best high low higher lower human humans machine machines natural
  language languages vision visual image images video videos text texts audio speech graph graphs
  time series tabular multimodal multilingual cross-lingual medical clinical biomedical scientific
  financial legal social open closed living towards toward beyond rethinking revisiting understanding
  learning improving exploring evaluating benchmarking measuring scaling
  abstract introduction conclusion conclusions background methods contributions objective objectives
  purpose aim aims motivation
  english chinese german french spanish japanese korean arabic hindi russian portuguese italian dutch
  vietnamese indonesian turkish persian urdu bengali swahili thai polish greek hebrew czech swedish
  european american african asian indian western eastern global international national
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * Models, model families, methods and tools that papers name next to datasets, folded.
 * A candidate whose folded form is one of these, or one of these plus a number or a size
 * (`ResNet-50`, `GPT-4`, `Llama-2-7B`), is never a dataset.
 */
export const MODEL_STEMS = set(`
  bert roberta albert distilbert electra deberta xlnet ernie scibert biobert pubmedbert clinicalbert
  gpt chatgpt gpt4o instructgpt codex t5 mt5 flan flant5 bart mbart pegasus llama alpaca vicuna
  mistral mixtral qwen gemini gemma claude palm opt bloom falcon phi olmo deepseek yi internlm
  chatglm glm baichuan command grok o1 o3 o4
  clip openclip siglip blip llava flamingo minigpt4 kosmos idefics cogvlm internvl
  vit deit swin convnext resnet resnext wideresnet wrn vgg densenet efficientnet efficientnetv2 mobilenet
  mobilenetv2 mobilenetv3 shufflenet inception googlenet alexnet lenet unet yolo yolov detr ssd
  maskrcnn fasterrcnn rcnn retinanet sam dino dinov mae simclr moco byol swav beit eva evavitg
  stablediffusion sd sdxl dalle imagen midjourney controlnet dit unclip glide ldm ddpm ddim
  whisper wav2vec hubert wavlm tacotron fastspeech vits hifigan wavenet conformer
  transformer transformers lstm bilstm gru rnn cnn gnn gcn gat gin graphsage mpnn mlp perceiver
  mamba s4 rwkv retnet
  gan stylegan biggan vae vqvae vqgan nerf gaussian
  adam adamw sgd sgdm rmsprop adagrad adadelta amsgrad lars lamb lion shampoo sophia
  xgboost lightgbm catboost randomforest svm knn pca tsne umap
  pytorch tensorflow jax keras huggingface sklearn scikitlearn numpy
  openai google meta microsoft deepmind nvidia anthropic apple amazon baidu alibaba tencent
  bytedance huawei ibm intel
  gpu gpus tpu tpuv3 tpuv4 cpu cuda jetson snapdragon iphone ipad android raspberrypi arduino a100 h100 v100 rtx
  orin xavier
  lora qlora peft rlhf dpo ppo grpo sft trpo sac td3 ddpg dqn a3c a2c
  autoattack pgd fgsm cw
  bm25 tfidf word2vec glove fasttext elmo
  ours baseline baselines
`);

/** Tasks, fields, modalities and other acronyms that are not datasets, folded. */
export const TASK_WORDS = set(`
  qa vqa kbqa odqa mcqa nlp nlu nlg nli asr tts mt nmt rl drl marl irl llm llms vlm vlms mllm mllms
  lvlm lvlms lmm lmms lm lms plm plms ood iid ner pos ocr reid 3d 2d 4d rgb rgbd mri fmri dmri ct pet
  eeg ecg emg ehr ehrs lidar radar iot ai agi ml dl cv kg kgs rag sota api apis nas hpo sgg mrg
  fscil cil til dil cl ssl kd moe cot icl ir mir sr isr vsr hdr sdr fl dp gp bo mpc slam sfm mvs
  ovod ovd mot sot vos vis rvos tts ser sed aec vad kws sv asv sts nli rte wsd srl ie re ee
  pst mcts mdp pomdp ltl llm-based gpu-based imagenet-scale
  psnr ssim lpips fid kid is clipscore bleu rouge meteor cider spice bertscore auc auroc aupr roc
  map iou miou f1 em acc top1 top5 mse mae rmse mape smape wer cer per mos pesq stoi ndcg mrr hit
  recall precision accuracy
  covid covid19 sarscov2 hiv dna rna mrna scrna
  usa uk us eu un who nih nasa
  latex python java javascript c cpp sql html json xml pdf csv
`);

/** Suffixes after a hyphen that do not make a new dataset name (`ImageNet-Pretrained`, `COCO-Style`). */
export const DERIVED_SUFFIX_STOP = set(`
  pretrained pre-trained trained based style like scale level only free specific aware guided driven
  conditioned supervised sized size wide class format type types version versions variant variants
  derived inspired sourced scale-up base huge
  dataset datasets benchmark benchmarks data test train val valid validation dev split splits
  and or vs
`);

/** Longer function words that Title Case titles leave in lower case. */
const LONG_FUNCTION = set(`
  with from into onto over under upon than that this these those their when where what which while
  through towards toward across about versus without within between among using via and for the
  beyond against along around during after before
`);

/**
 * True when words are written in Title Case: at least two capitalised plain words of four
 * letters or more, and no lower-case word of that length other than a function word.
 * (`Balanced Training on Heavily Imbalanced Datasets` is; `Dense Hebbian neural networks` is not.)
 */
export function isTitleCaseWords(words: string[]): boolean {
  let cap = 0;
  for (const raw of words) {
    let a = 0;
    let b = raw.length;
    while (a < b && !isLetter(raw.charCodeAt(a))) a++;
    while (b > a && !isLetter(raw.charCodeAt(b - 1))) b--;
    const w = raw.slice(a, b);
    if (w.length < 4) continue;
    const first = w[0]!;
    if (first !== first.toLowerCase()) {
      const rest = w.slice(1);
      if (rest === rest.toLowerCase()) cap++;
    } else if (first !== first.toUpperCase() && !LONG_FUNCTION.has(w)) return false;
  }
  return cap >= 2;
}

/**
 * {@link isTitleCaseWords} on the words of a text split at white space (`/\s+/`), without the
 * split: each word is read by its character codes, sliced only for a look-up or a character past ASCII.
 */
export function isTitleCaseText(text: string): boolean {
  let cap = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    while (i < n && isJsSpaceCode(text.charCodeAt(i))) i++;
    let j = i;
    while (j < n && !isJsSpaceCode(text.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    i = j;
    while (a < b && !isLetter(text.charCodeAt(a))) a++;
    while (b > a && !isLetter(text.charCodeAt(b - 1))) b--;
    if (b - a < 4) continue;
    const f = text.charCodeAt(a);
    if (f >= 128) {
      // A first letter past ASCII: as isTitleCaseWords does.
      if (isTitleWord(text.slice(a, b))) cap++;
      else if (isLowerStart(text.slice(a, b))) return false;
      continue;
    }
    // An ASCII letter (isLetter): a capital, or a lower-case letter.
    if (f <= 90) {
      if (restIsLower(text, a + 1, b)) cap++;
    } else if (!LONG_FUNCTION.has(text.slice(a, b))) return false;
  }
  return cap >= 2;
}

/** A word whose first character is a capital and the rest lower case (isTitleCaseWords' count). */
function isTitleWord(w: string): boolean {
  const first = w[0]!;
  if (first === first.toLowerCase()) return false;
  const rest = w.slice(1);
  return rest === rest.toLowerCase();
}

/** A word that starts in lower case and is no long function word (isTitleCaseWords' veto). */
function isLowerStart(w: string): boolean {
  const first = w[0]!;
  return first === first.toLowerCase() && first !== first.toUpperCase() && !LONG_FUNCTION.has(w);
}

/** `text[from, to)` equals its lower case: no ASCII capital, and any character past ASCII checked as a string. */
function restIsLower(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return false;
    if (c >= 128) {
      const rest = text.slice(from, to);
      return rest === rest.toLowerCase();
    }
  }
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

/** Head nouns of an appositive that make a name the paper's method, not a dataset (`MuSR: a ... model that`). */
const APPOSITIVE_METHOD_HEADS = set(`
  model models method methods framework frameworks architecture architectures approach approaches
  network networks algorithm algorithms agent agents system systems pipeline pipelines module modules
  encoder encoders decoder decoders classifier classifiers detector detectors optimizer optimizers
  tokenizer tokenizers technique techniques strategy strategies paradigm
`);
/** Words that end the noun phrase of an appositive: its head is the word before. */
const APPOSITIVE_STOPS = set(`
  that which who whose for of with to on in by from across using trained based via and or where
  whereby capable able designed built
`);
/** Nouns that count what follows `of` (`a family of ... models`): the head is past them. */
const COLLECTIVE_HEADS = set(`family families series suite collection set range line`);

/**
 * True when an appositive right after offset `end` describes the name as a method or model
 * (`we introduce MuSR: a one-for-all multilingual sentence representation model that ...`,
 * `ChatQA, a family of conversational question answering (QA) models`): the name is the
 * paper's own system. Only the appositive's head noun decides (`ImageNet, a large-scale
 * dataset of ...` and `X, a collection of 30 datasets` stay datasets); a parenthesis inside
 * the phrase is skipped.
 */
export function describedAsMethod(text: string, end: number): boolean {
  // The appositive opens with `:` or `,` after at most three spaces or tabs: most names have none.
  let p = end;
  while (p < end + 3 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) !== 58 && text.charCodeAt(p) !== 44) return false;
  const slice = text.slice(end, end + 200);
  const m = RE_DS_APPOSITIVE_OPEN.exec(slice);
  if (!m) return false;
  const words = slice.slice(m[0].length).split(RE_DS_SPACES);
  let head = '';
  let pastCollective = false;
  for (let i = 0; i < 16 && i < words.length; i++) {
    // `(QA)`: an abbreviation or aside inside the phrase says nothing of its head.
    if (words[i]!.startsWith('(')) {
      while (i < words.length - 1 && words[i]!.indexOf(')') < 0) i++;
      continue;
    }
    let w = words[i]!.toLowerCase();
    let stop = false;
    while (w && RE_DS_PUNCT_ANY.test(w[w.length - 1]!)) {
      w = w.slice(0, -1);
      stop = true;
    }
    if (!w) break;
    if (w === 'of' && !pastCollective && COLLECTIVE_HEADS.has(head)) {
      pastCollective = true;
      head = '';
      continue;
    }
    if (APPOSITIVE_STOPS.has(w)) break;
    head = w;
    if (stop) break;
  }
  return APPOSITIVE_METHOD_HEADS.has(head);
}

/**
 * Last words of a long form that make its parenthesised abbreviation a task, not a dataset
 * (`Long-Form Question-Answering (LFQA)`, `Open-Vocabulary Object Detection (OVOD)`).
 */
export const TASK_LONG_FORM_HEADS = set(`
  answering summarization summarisation captioning segmentation detection recognition translation
  classification extraction retrieval tracking generation editing completion forecasting
  localization localisation parsing tagging
`);
