"""Gender on the UTKFace validation split from cached face vectors: the linear head against a one-hidden-layer
network, and with CelebA's Male label added to the training faces.

    python3 gender_heads.py ~/.cache/facescribe/cache/records-utkface-KEY.bin \
        ~/.cache/facescribe/cache/celeba-attributes-KEY.bin ../shared/datasets
"""
import csv
import sys

import numpy as np

from records import columns, read, utkface

FACE = ["faceres", "faceres_mid", "faceres_heads", "selfie", "geometry", "colour"]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def adam(params, grads, state, t, lr):
    for p, g, s in zip(params, grads, state):
        s[0] = 0.9 * s[0] + 0.1 * g
        s[1] = 0.999 * s[1] + 0.001 * g * g
        p -= lr * (s[0] / (1 - 0.9 ** t)) / (np.sqrt(s[1] / (1 - 0.999 ** t)) + 1e-8)


def logistic(a, y, lam, iters=300):
    w, b = np.zeros(a.shape[1]), np.zeros(1)
    state = [[0, 0], [0, 0]]
    for t in range(1, iters + 1):
        e = sigmoid(a @ w + b) - y
        adam([w, b], [a.T @ e / len(y) + lam * w, np.array([e.mean()])], state, t, 0.01)
    return lambda q: sigmoid(q @ w + b)


def mlp(a, y, hidden, lam, drop=0.5, epochs=40, seed=0):
    rng = np.random.default_rng(seed)
    w1 = rng.normal(0, np.sqrt(2 / a.shape[1]), (a.shape[1], hidden))
    b1, w2, b2 = np.zeros(hidden), rng.normal(0, np.sqrt(1 / hidden), hidden), np.zeros(1)
    state, t, order = [[0, 0] for _ in range(4)], 0, np.arange(len(y))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in range(0, len(order), 128):
            j = order[i:i + 128]
            z = a[j] @ w1 + b1
            mask = (rng.random(z.shape) > drop) / (1 - drop)
            h = np.maximum(z, 0) * mask
            e = (sigmoid(h @ w2 + b2) - y[j]) / len(j)
            dz = np.outer(e, w2) * mask * (z > 0)
            t += 1
            adam([w1, b1, w2, b2], [a[j].T @ dz + lam * w1, dz.sum(0), h.T @ e + lam * w2, np.array([e.sum()])],
                 state, t, 1e-3)
    return lambda q: sigmoid(np.maximum(q @ w1 + b1, 0) @ w2 + b2)


def main(utk_file, celeba_file, data):
    names, x, age, male, _, val = utkface(utk_file, data + '/utkface/labels.csv')
    c = columns(FACE)
    u = x[:, c].astype(np.float64)
    ids, xc = read(celeba_file)
    labels = {r['image_id']: r['Male'] == '1' for r in csv.DictReader(open(data + '/celeba/attributes.csv'))}
    cel, ycel = xc[:, c].astype(np.float64), np.array([labels[i] for i in ids], np.float64)

    def report(what, train_x, train_y, fit):
        mu, sd = train_x.mean(0), train_x.std(0) + 1e-6
        p = fit((train_x - mu) / sd, train_y)((u[val] - mu) / sd)
        ok = (p > 0.5) == male[val]
        print(f"{what:40s} {ok.mean():.4f}  ages 0-9 {ok[age[val] < 10].mean():.4f}  "
              f"18+ {ok[age[val] >= 18].mean():.4f}", flush=True)

    for lam in (1e-2, 3e-2):
        report(f"linear, l2 {lam}", u[~val], male[~val], lambda a, y: logistic(a, y, lam))
        report(f"linear + CelebA faces, l2 {lam}", np.vstack([u[~val], cel]), np.concatenate([male[~val], ycel]),
               lambda a, y: logistic(a, y, lam))
    for hidden, lam in ((256, 1e-3), (512, 1e-2)):
        report(f"one hidden layer {hidden}, l2 {lam}", u[~val], male[~val], lambda a, y: mlp(a, y, hidden, lam))


if __name__ == '__main__':
    main(*sys.argv[1:4])
