#!/usr/bin/env node
// Peer benchmark: the FaceScribe face models run through TF.js (pure JS / WebAssembly, no native tfjs-node).
//
//   node bench.mjs <modelsDir> <image.jpg|png ...> [--backend=wasm|cpu] [--runs=50] [--warmup=5]
//                  [--image-runs=10] [--max-faces=1] [--out=result.json]
//
// Prints one JSON document: per-model median / p90 latency (batch 1), the per-face total, and the
// whole-image detect+analyse latency per image.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { tf, tfwasm, loadModel, useBackend, tfjsVersion } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : def;
};
const files = args.filter((a) => !a.startsWith('--'));
const modelsDir = files.shift();
if (!modelsDir || files.length === 0) {
  console.error('usage: node bench.mjs <modelsDir> <image files...> [--backend=wasm|cpu] [--runs=50] [--warmup=5] [--image-runs=10] [--max-faces=1] [--out=file.json]');
  process.exit(2);
}
const backendName = opt('backend', 'wasm');
const RUNS = Number(opt('runs', 50));
const WARMUP = Number(opt('warmup', 5));
const IMAGE_RUNS = Number(opt('image-runs', 10));
const MAX_FACES = Number(opt('max-faces', 1));
const MIN_SCORE = 0.5;
const IOU = 0.3;
const ENLARGE = 1.4; // human: config.face.detector.scale default

// ---------- image decoding (pure JS) ----------
function decodeImage(file) {
  const buf = fs.readFileSync(file);
  let width; let height; let rgba;
  if (buf[0] === 0x89 && buf[1] === 0x50) {
    const png = PNG.sync.read(buf);
    ({ width, height } = png); rgba = png.data;
  } else {
    const img = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
    ({ width, height } = img); rgba = img.data;
  }
  const rgb = new Float32Array(width * height * 3);
  for (let p = 0, q = 0; p < width * height; p++, q += 4) {
    rgb[p * 3] = rgba[q]; rgb[p * 3 + 1] = rgba[q + 1]; rgb[p * 3 + 2] = rgba[q + 2];
  }
  return { width, height, rgb };
}

// ---------- stats ----------
function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const r = (v) => Math.round(v * 100) / 100;
  return { n: s.length, median: r(q(0.5)), p90: r(q(0.9)), min: r(s[0]), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
}

// ---------- blazeface decoding (see README: human src/face/blazeface.ts, facemeshutil.ts) ----------
function anchors256() {
  const out = [];
  for (const [stride, per] of [[16, 2], [32, 6]]) {
    const grid = Math.floor((256 + stride - 1) / stride);
    for (let y = 0; y < grid; y++) for (let x = 0; x < grid; x++) for (let n = 0; n < per; n++) out.push([stride * (x + 0.5), stride * (y + 0.5)]);
  }
  return out; // 16*16*2 + 8*8*6 = 896
}
const ANCHORS = anchors256();

function iou(a, b) {
  const ix = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const iy = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = ix * iy;
  const ua = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return ua > 0 ? inter / ua : 0;
}

/** raw: {Identity:0 [1,512,1], Identity_1:0 [1,384,1], Identity_2:0 [1,512,16], Identity_3:0 [1,384,16]} */
function decodeBlazeface(s512, s384, r512, r384, maxFaces, fallback) {
  const cands = [];
  for (let i = 0; i < 896; i++) {
    const logit = i < 512 ? s512[i] : s384[i - 512];
    const reg = i < 512 ? r512.subarray(i * 16, i * 16 + 16) : r384.subarray((i - 512) * 16, (i - 512) * 16 + 16);
    const score = 1 / (1 + Math.exp(-logit));
    const cx = ANCHORS[i][0] + reg[0]; const cy = ANCHORS[i][1] + reg[1];
    cands.push({ score, box: [cx - reg[2] / 2, cy - reg[3] / 2, cx + reg[2] / 2, cy + reg[3] / 2], anchor: i });
  }
  cands.sort((a, b) => b.score - a.score);
  const kept = [];
  for (const c of cands) {
    if (c.score < MIN_SCORE || kept.length >= maxFaces) break;
    if (kept.every((k) => iou(k.box, c.box) < IOU)) kept.push(c);
  }
  if (kept.length === 0 && fallback) kept.push({ ...cands[0], fallback: true });
  return kept;
}

// ---------- models ----------
// the networks FaceScribe's analysis runs (gear and ssrnet age are no longer run there)
const FACE_MODELS = ['blazeface', 'facemesh', 'emotion', 'faceres', 'selfie'];
const EMOTIONS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];

function run(model, input, names) {
  let out = model.execute(input, names);
  if (!Array.isArray(out)) out = [out];
  const data = out.map((t) => t.dataSync());
  tf.dispose(out);
  return data;
}

const OUT_NAMES = {
  blazeface: ['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0'],
  facemesh: ['Identity_2:0', 'Identity_1:0'],
  emotion: ['Identity:0'],
  faceres: ['gender_pred/Sigmoid:0', 'age_pred/Softmax:0', 'global_pooling/Mean'],
  selfie: ['activation_10'],
};

// preprocessing from an image tensor [1,H,W,3] in 0..255 (mirrors human, see README)
const prep = {
  blazeface: (img) => tf.tidy(() => tf.sub(tf.div(tf.image.resizeBilinear(img, [256, 256]), 127.5), 1)),
  // face crop: box in image pixels -> [1,192,192,3] in 0..1
  crop: (img, box, w, h) => tf.tidy(() => tf.div(tf.image.cropAndResize(img, [[box[1] / h, box[0] / w, box[3] / h, box[2] / w]], [0], [192, 192]), 255)),
  facemesh: (face) => tf.clone(face),
  emotion: (face) => tf.tidy(() => tf.mul(tf.sub(tf.sum(tf.mul(tf.image.resizeBilinear(face, [64, 64]), [0.2989, 0.5870, 0.1140]), 3, true), 0.5), 2)),
  faceres: (face) => tf.tidy(() => tf.mul(tf.image.resizeBilinear(face, [224, 224]), 255)),
  selfie: (face) => tf.image.resizeBilinear(face, [256, 256]),
};

function faceBoxInImage(det, w, h) {
  const sx = w / 256; const sy = h / 256;
  const [x1, y1, x2, y2] = [det.box[0] * sx, det.box[1] * sy, det.box[2] * sx, det.box[3] * sy];
  const cx = (x1 + x2) / 2; const cy = (y1 + y2) / 2;
  const half = Math.max((x2 - x1) * ENLARGE, (y2 - y1) * ENLARGE) / 2; // enlarge, then squarify
  return [cx - half, cy - half, cx + half, cy + half];
}

/**
 * whole-image pipeline, the same networks FaceScribe's analysis runs: detect -> crop -> facemesh, emotion (the face
 * and its mirror image in one batch of two), faceres, selfie per face.
 */
function detectAndAnalyse(models, img, w, h, fallback) {
  const t = {};
  t.bf = prep.blazeface(img);
  const [s512, s384, r512, r384] = run(models.blazeface, t.bf, OUT_NAMES.blazeface);
  tf.dispose(t.bf);
  const dets = decodeBlazeface(s512, s384, r512, r384, MAX_FACES, fallback);
  const faces = [];
  for (const det of dets) {
    const box = faceBoxInImage(det, w, h);
    const face = prep.crop(img, box, w, h);
    const res = { score: Math.round(det.score * 1000) / 1000, box: box.map((v) => Math.round(v)), fallback: !!det.fallback };
    const fm = prep.facemesh(face);
    const [, faceflag] = run(models.facemesh, fm, OUT_NAMES.facemesh); tf.dispose(fm);
    res.meshScore = Math.round(faceflag[0] * 1000) / 1000;
    const em = tf.tidy(() => { const one = prep.emotion(face); return tf.concat([one, tf.image.flipLeftRight(one)], 0); });
    const [emo] = run(models.emotion, em, OUT_NAMES.emotion); tf.dispose(em);
    const mean = EMOTIONS.map((_, i) => (emo[i] + emo[EMOTIONS.length + i]) / 2);
    const ei = mean.indexOf(Math.max(...mean)); res.emotion = `${EMOTIONS[ei]} ${mean[ei].toFixed(2)}`;
    const fr = prep.faceres(face);
    const [frGender, frAge] = run(models.faceres, fr, OUT_NAMES.faceres); tf.dispose(fr);
    res.faceresGender = frGender[0] <= 0.5 ? 'female' : 'male';
    const am = frAge.indexOf(Math.max(...frAge));
    res.faceresAge = Math.round(frAge[am - 1] > frAge[am + 1] ? 10 * am - 100 * frAge[am - 1] : 10 * am + 100 * frAge[am + 1]) / 10;
    const sf = prep.selfie(face);
    const [mask] = run(models.selfie, sf, OUT_NAMES.selfie); tf.dispose(sf);
    res.personFraction = Math.round(mask.reduce((a, v) => a + v, 0) / mask.length * 1000) / 1000;
    faces.push({ res, face });
  }
  return faces;
}

async function main() {
  const backend = await useBackend(backendName, { threads: 1 });
  const info = {
    tool: 'tools/tfjs/bench.mjs',
    tfjsVersion: tfjsVersion(),
    backend,
    wasmThreads: backend === 'wasm' ? tfwasm.getThreadsCount() : null,
    wasmSimd: backend === 'wasm' ? await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT') : null,
    wasmMultithreadSupport: backend === 'wasm' ? await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT') : null,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0] && os.cpus()[0].model,
    runs: RUNS,
    warmup: WARMUP,
    batch: 1,
  };
  const models = {};
  for (const name of FACE_MODELS) models[name] = (await loadModel(modelsDir, name)).model;

  const images = files.map((f) => {
    const d = decodeImage(f);
    return { file: path.basename(f), width: d.width, height: d.height, tensor: tf.tensor4d(d.rgb, [1, d.height, d.width, 3]) };
  });

  // inputs per model made from the real images: detector input from the whole image,
  // face-model inputs from the detected face crop (or the best-scoring anchor when no face passes the threshold)
  const inputs = Object.fromEntries(FACE_MODELS.map((m) => [m, []]));
  for (const im of images) {
    inputs.blazeface.push(prep.blazeface(im.tensor));
    const faces = detectAndAnalyse(models, im.tensor, im.width, im.height, true);
    const { face } = faces[0];
    for (const m of FACE_MODELS.slice(1)) inputs[m].push(prep[m](face));
    tf.dispose(faces.map((f) => f.face));
  }

  // per-model latency: execute + read back every output, cycling through the images
  const perModel = {};
  for (const m of FACE_MODELS) {
    for (let i = 0; i < WARMUP; i++) run(models[m], inputs[m][i % images.length], OUT_NAMES[m]);
    const ms = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      run(models[m], inputs[m][i % images.length], OUT_NAMES[m]);
      ms.push(performance.now() - t0);
    }
    perModel[m] = { input: inputs[m][0].shape, ...stats(ms) };
    console.error(`${m}: median ${perModel[m].median} ms, p90 ${perModel[m].p90} ms`);
  }
  const sum = (keys, k) => Math.round(keys.reduce((a, m) => a + perModel[m][k], 0) * 100) / 100;
  const analysis = FACE_MODELS.slice(1);

  // whole-image detect + analyse (from the decoded RGB tensor; JPEG/PNG decoding not included)
  const perImage = [];
  for (const im of images) {
    for (let i = 0; i < Math.min(2, WARMUP); i++) tf.dispose(detectAndAnalyse(models, im.tensor, im.width, im.height, false).map((f) => f.face));
    const ms = [];
    let last = [];
    for (let i = 0; i < IMAGE_RUNS; i++) {
      const t0 = performance.now();
      const faces = detectAndAnalyse(models, im.tensor, im.width, im.height, false);
      ms.push(performance.now() - t0);
      last = faces.map((f) => f.res);
      tf.dispose(faces.map((f) => f.face));
    }
    perImage.push({ file: im.file, size: [im.width, im.height], faces: last.length, ...stats(ms), results: last });
    console.error(`${im.file}: ${last.length} face(s), median ${perImage.at(-1).median} ms`);
  }

  const report = {
    ...info,
    perModel,
    perFace: {
      note: 'sum of per-model medians / p90s; detector counted once (one face per image)',
      totalMedianMs: sum(FACE_MODELS, 'median'),
      totalP90Ms: sum(FACE_MODELS, 'p90'),
      analysisOnlyMedianMs: sum(analysis, 'median'),
    },
    perImage,
    perImageMedianOfMediansMs: stats(perImage.map((p) => p.median)).median,
  };
  const text = JSON.stringify(report, null, 1);
  const out = opt('out', null);
  if (out) fs.writeFileSync(out, `${text}\n`);
  console.log(text);
  tf.dispose([...images.map((i) => i.tensor), ...Object.values(inputs).flat()]);
}

main().catch((err) => { console.error(err); process.exit(1); });
