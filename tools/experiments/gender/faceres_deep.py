"""faceres against faceres-deep (raw male probability, both views) and the linear gender head with the
faceres-deep descriptor added, on the UTKFace validation split.

    python3 faceres_deep.py ~/.cache/facescribe/cache/records-utkface-KEY.bin deep.bin ../shared/datasets
"""
import struct
import sys

import numpy as np

from gender_heads import FACE, logistic
from records import columns, utkface


def main(utk_file, deep_file, data):
    names, x, age, male, _, val = utkface(utk_file, data + '/utkface/labels.csv')
    with open(deep_file, 'rb') as f:
        n, dim = struct.unpack('>ii', f.read(8))
        rows = {}
        for _ in range(n):
            size = struct.unpack('>H', f.read(2))[0]
            rows[f.read(size).decode()] = np.frombuffer(f.read(dim * 4), '>f4')
    d = np.stack([rows[name] for name in names])
    for what, p in (("faceres", d[:, 0]), ("faceres, mean with mirror", (d[:, 0] + d[:, 1025]) / 2),
                    ("faceres-deep", d[:, 2050]), ("faceres-deep, mean with mirror", (d[:, 2050] + d[:, 3075]) / 2)):
        ok = (p > 0.5) == male
        print(f"{what:40s} {ok[val].mean():.4f}  ages 0-9 {ok[val & (age < 10)].mean():.4f}")
    base = x[:, columns(FACE)].astype(np.float64)
    for what, a in (("linear head", base), ("linear head + faceres-deep", np.hstack([base, d[:, 2050:3075]]))):
        mu, sd = a[~val].mean(0), a[~val].std(0) + 1e-6
        p = logistic((a[~val] - mu) / sd, male[~val], 3e-2)((a[val] - mu) / sd)
        print(f"{what:40s} {((p > 0.5) == male[val]).mean():.4f}")


if __name__ == '__main__':
    main(*sys.argv[1:4])
