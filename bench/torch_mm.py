#!/usr/bin/env python3
"""PyTorch's torch.mm at given shapes, as bench/sgemm times gpt23's sgemm.

    torch_mm.py [--threads N] [--seconds S] M N K [M N K ...]

Row-major fp32 M x K times K x N, one call after another for S seconds per
shape after a warm-up; prints the median and best GFLOP/s of single calls
and the mean, with the threads, the PyTorch version and its BLAS.
"""
import argparse
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=1.0)
    ap.add_argument("dims", type=int, nargs="+")
    args = ap.parse_args()
    if len(args.dims) % 3:
        ap.error("shapes come as M N K triples")
    import torch

    torch.set_num_threads(args.threads)
    blas = "mkl" if torch.backends.mkl.is_available() else "its BLAS"
    for i in range(0, len(args.dims), 3):
        m, n, k = args.dims[i : i + 3]
        a, b = torch.randn(m, k), torch.randn(k, n)
        c = torch.mm(a, b)
        calls = []
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < args.seconds:
            c0 = time.perf_counter()
            torch.mm(a, b, out=c)
            calls.append(time.perf_counter() - c0)
        calls.sort()
        flop = 2.0 * m * n * k
        print("torch.mm %dx%dx%d: %.1f GFLOP/s (calls: median %.1f, best %.1f; PyTorch %s, %s, %d threads)" % (
            m, n, k, flop * len(calls) / sum(calls) / 1e9, flop / calls[len(calls) // 2] / 1e9, flop / calls[0] / 1e9,
            torch.__version__, blas, args.threads), flush=True)


if __name__ == "__main__":
    main()
