#!/usr/bin/env python3
"""Step time of a model against batch and sequence length, and attention's share.

    scaling.py [--model FILE] [--gpt23c PATH] [--bench-train PATH]
               [--batches 1,2,...] [--seqs 64,128,...] [--seq-batch N]
               [--threads N] [--out DIR]

Compiles the model (default models/gpt23.net) once per shape with gpt23c -D
(batch sweep: --batches at its own seq; sequence sweep: --seqs at batch
--seq-batch, max_seq_length = seq), and for each plan records

- the training step's time (bench_train --profile, mean over the steps),
  ms per token and tokens/s;
- the share of the profiled step in the attention kernels (the launches
  whose kernel is attention, attention_dq or attention_dkdv: forward, and the
  backward's two), and the share the FLOP count predicts for them
  (6 L T C of 6 P + 6 L T C per token, bench/README.md);
- the TRAIN graph's scratch (activations) bytes from gpt23c --emit stats,
  per token: flat when no buffer grows as T x T.

Writes DIR/scaling.csv and, where gnuplot is installed, DIR/scaling.png
(without gnuplot it says so and writes the CSV only).  Needs only the
Python standard library.
"""
import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


def die(msg):
    print("scaling: error: " + msg, file=sys.stderr)
    sys.exit(1)


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        die("%s failed:\n%s" % (" ".join(cmd), r.stderr.strip()))
    return r.stdout


def measure(args, work, batch, seq, max_seq):
    plan = os.path.join(work, "b%d_t%d.bin" % (batch, seq))
    defs = ["-D", "batch=%d" % batch, "-D", "seq=%d" % seq]
    if max_seq:
        defs += ["-D", "max_seq_length=%d" % max_seq]
    run([args.gpt23c, args.model, "-o", plan] + defs)
    stats = run([args.gpt23c, args.model, "--emit", "stats"] + defs)
    m = re.search(r"graph train .* scratch (\d+) bytes", stats)
    scratch = int(m.group(1)) if m else 0
    tokens = batch * seq
    steps = max(3, min(20, 40960 // tokens))
    out = run([args.bench_train, plan, "--steps", str(steps), "--decode", "0", "--profile", "100000",
               "--threads", str(args.threads)])
    step_ms = float(re.search(r"train step: ([\d.]+) ms mean", out).group(1))
    params = int(re.search(r", (\d+) parameters", out).group(1))
    blas = re.search(r"sgemm ceiling \([^,]*, ([^)]*)\)", out).group(1)
    total = float(re.search(r"slowest first \(([\d.]+) ms in all\)", out).group(1))
    att = 0.0
    for line in out.splitlines():
        f = line.split()
        # "   1.826 ms   1.5%  train   #124  train_k75_attention_dkdv"
        if len(f) >= 6 and f[1] == "ms" and f[3] == "train" and re.fullmatch(r"train_k\d+_attention(_dq|_dkdv)?",
                                                                           f[5]):
            att += float(f[0])
    hp = dict(re.findall(r"(\w+) = ([\d.e+-]+)", open(args.model).read()))
    L, C = float(hp.get("n_layer", 0)), float(hp.get("d_model", 0))
    return {"batch": batch, "seq": seq, "tokens": tokens, "step_ms": step_ms,
            "us_per_token": 1e3 * step_ms / tokens, "tokens_per_s": tokens / (step_ms / 1e3),
            "attention_ms": att, "profiled_ms": total, "attention_share": att / total if total else 0,
            "attention_flop_share": 6 * L * seq * C / (6 * params + 6 * L * seq * C),
            "scratch_bytes": scratch, "scratch_bytes_per_token": scratch / tokens, "steps": steps, "blas": blas}


GNUPLOT = r"""
set terminal pngcairo size 1200,480 font ",10"
set output '{png}'
set datafile separator ','
set multiplot layout 1,2 title "{title}"
set title "training step time against batch x seq"
set xlabel "tokens per step (batch x seq)"
set ylabel "ms per step"
set logscale xy 2
set key top left
set grid
plot '{csv}' using (strcol(1) eq "batch" ? $4 : 1/0):5 with linespoints pt 7 title "batch {blist} at seq {bseq}", \
     '' using (strcol(1) eq "seq" ? $4 : 1/0):5 with linespoints pt 5 title "seq {slist} at batch {sbatch}", \
     '' using (strcol(1) eq "batch" ? $4 : 1/0):($4 * {slope}) with lines dt 2 lc rgb "gray" title "proportional to tokens, through batch {b0}"
unset logscale
set logscale x 2
set title "attention's share of the step against seq (batch {sbatch})"
set xlabel "seq"
set ylabel "share of the step"
set yrange [0:*]
plot '{csv}' using (strcol(1) eq "seq" ? $3 : 1/0):9 with linespoints pt 7 title "measured (attention kernels)", \
     '' using (strcol(1) eq "seq" ? $3 : 1/0):10 with linespoints pt 5 dt 2 title "FLOP count 6LTC / (6P + 6LTC)"
unset multiplot
"""


def main():
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=os.path.join(top, "models", "gpt23.net"))
    ap.add_argument("--gpt23c", default="./gpt23c")
    ap.add_argument("--bench-train", default="./bench/bench_train")
    ap.add_argument("--batches", default="1,2,4,8,16,32")
    ap.add_argument("--batch-seq", type=int, default=128)
    ap.add_argument("--seqs", default="64,128,256,512,1024")
    ap.add_argument("--seq-batch", type=int, default=4)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--out", default=os.path.join(top, "bench", "results"))
    args = ap.parse_args()
    for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        os.environ.pop(k, None)
    os.makedirs(args.out, exist_ok=True)
    rows = []
    t0 = time.time()
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="g23-scaling.") as work:
        for b in [int(x) for x in args.batches.split(",")]:
            r = measure(args, work, b, args.batch_seq, 0)
            r["sweep"] = "batch"
            rows.append(r)
            print("batch %2d x seq %4d: %8.1f ms/step %7.2f us/token  attention %4.1f%% (FLOPs %4.1f%%)  "
                  "scratch %6.0f B/token" % (b, args.batch_seq, r["step_ms"], r["us_per_token"],
                                             100 * r["attention_share"], 100 * r["attention_flop_share"],
                                             r["scratch_bytes_per_token"]), flush=True)
            load.append(os.getloadavg()[0])
        for s in [int(x) for x in args.seqs.split(",")]:
            r = measure(args, work, args.seq_batch, s, s)
            r["sweep"] = "seq"
            rows.append(r)
            print("batch %2d x seq %4d: %8.1f ms/step %7.2f us/token  attention %4.1f%% (FLOPs %4.1f%%)  "
                  "scratch %6.0f B/token" % (args.seq_batch, s, r["step_ms"], r["us_per_token"],
                                             100 * r["attention_share"], 100 * r["attention_flop_share"],
                                             r["scratch_bytes_per_token"]), flush=True)
            load.append(os.getloadavg()[0])
    cols = ["sweep", "batch", "seq", "tokens", "step_ms", "us_per_token", "tokens_per_s", "attention_ms",
            "attention_share", "attention_flop_share", "profiled_ms", "scratch_bytes", "scratch_bytes_per_token",
            "steps", "blas"]
    path = os.path.join(args.out, "scaling.csv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("%.4g" % r[k] if isinstance(r[k], float) else r[k]) for k in cols})
    print("wrote %s (%.0f s; 1-minute load average %.1f to %.1f)" % (path, time.time() - t0, min(load), max(load)))
    gp = shutil.which("gnuplot")
    if not gp:
        print("scaling: gnuplot is not installed: no plot (the CSV has the figures; on Debian: apt-get install "
              "gnuplot-nox)", file=sys.stderr)
        return
    first = [r for r in rows if r["sweep"] == "batch"][-1]
    png = os.path.join(args.out, "scaling.png")
    script = GNUPLOT.format(png=png, csv=path, bseq=args.batch_seq, blist=args.batches, slist=args.seqs, sbatch=args.seq_batch,
                            slope=first["step_ms"] / first["tokens"], b0=first["batch"],
                            title="%s, %s, %d threads" % (os.path.basename(args.model), first["blas"],
                                                          args.threads or os.cpu_count()))
    r = subprocess.run([gp], input=script, text=True, stderr=subprocess.PIPE)
    if r.returncode != 0:
        die("gnuplot failed: %s" % r.stderr.strip())
    print("wrote %s" % png)


if __name__ == "__main__":
    main()
