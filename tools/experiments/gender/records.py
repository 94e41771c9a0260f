"""Readers for FaceScribe's development caches ($FACESCRIBE_HOME/cache/*.bin, FeatureCache format) and the
UTKFace name-hash split, for numpy experiments on the heads. The block offsets follow FaceVector
(face-vector-3 + attr-features-2)."""
import csv
import struct

import numpy as np


def read(path):
    """ids and a float32 matrix from a FeatureCache file: magic, count, dimension, then (UTF id, floats)."""
    with open(path, 'rb') as f:
        _, n, dim = struct.unpack('>iii', f.read(12))
        ids, x = [], np.empty((n, dim), np.float32)
        for i in range(n):
            size = struct.unpack('>H', f.read(2))[0]
            ids.append(f.read(size).decode('utf-8'))
            x[i] = np.frombuffer(f.read(dim * 4), dtype='>f4')
    return ids, x


def java_hash(s):
    h = 0
    for ch in s:
        h = (31 * h + ord(ch)) & 0xffffffff
    return h


def validation(name):
    """DevelopmentSets.validation: floorMod(name.hashCode() * 0x9E3779B1, 5) == 0."""
    h = (java_hash(name) * 0x9E3779B1) & 0xffffffff
    if h >= 2 ** 31:
        h -= 2 ** 32
    return h % 5 == 0


BLOCKS = dict(faceres=(0, 1024), faceres_bands=(1024, 3072), faceres_mid=(4096, 768), faceres_heads=(4864, 2),
              mobilefacenet=(4866, 192), selfie=(5058, 64), geometry=(5122, 476), colour=(5598, 146),
              emotion=(5744, 7), emotion_bands=(5751, 768), ssrnet=(6519, 1), gear=(6520, 14),
              faceres_tight=(6534, 2), detected=(6536, 1))


def columns(blocks):
    return np.concatenate([np.arange(BLOCKS[b][0], BLOCKS[b][0] + BLOCKS[b][1]) for b in blocks])


def utkface(records_file, labels_csv):
    """names, vectors, age, male (0/1), race, validation mask, in the cache's order."""
    ids, x = read(records_file)
    labels = {r['file']: r for r in csv.DictReader(open(labels_csv))}
    names = [i.split('/')[-1] for i in ids]
    age = np.array([int(labels[n]['age']) for n in names])
    male = np.array([labels[n]['gender'] == 'male' for n in names]).astype(np.float32)
    race = [labels[n]['race'] for n in names]
    val = np.array([validation(n) for n in names])
    return names, x, age, male, race, val
