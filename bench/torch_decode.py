#!/usr/bin/env python3
"""PyTorch side by side with gpt23: greedy decoding at batch 1 with a KV cache.

    torch_decode.py PLAN [--bench-train PATH] [--tokens N] [--prompt-len N]
                    [--rounds N] [--threads N] [--no-compile] [--name NAME]
                    [--json FILE] [--device cpu|cuda] [--dtype fp32|tf32|bf16]
                    [--gpt23run PATH]

The model is the one torch_baseline.py builds from what bench_train
--reference writes (the plan's hparams and freshly initialised parameters),
its loss on gpt23's first batch checked to 1e-4 relative.  Decoding is a
hand-written loop over that model's modules: PREFILL of the prompt fills
per-layer key and value caches ([1, heads, max_seq, head_dim], allocated
once), then each new token runs the blocks on one position, writes its key
and value at that position and attends to the cache up to it, so nothing of
the prefix is recomputed.  Greedy: the argmax of the logits (the first of
equal maxima, as gpt23's).

Nothing is timed unless PyTorch's greedy tokens from bench_train --greedy's
prompt are the SAME as gpt23's and each chosen token's logit agrees with gpt23's to 1e-3
(relative, or absolute below 1).  Then, interleaved over --rounds: gpt23
(bench_train --greedy, its own process), PyTorch eager, and torch.compile of
the one-token step (static shapes: the whole cache under a mask of the
positions to come, the position a tensor; skipped with --no-compile or when it
fails, with the reason).  Tokens/s count the decode steps only (each reads
the logits and takes the argmax), not the prefill: gpt23's PREFILL runs on
the whole max_seq window, PyTorch's on the prompt.

--device cuda decodes with PyTorch on one GPU (the caches there; each step
ends with its token read back, which waits for the device).  The check is
the same: PyTorch's greedy tokens on the GPU, in fp32 with TF32 off, equal
to gpt23's from bench_train --greedy (on the CPU), the chosen logits within
1e-3.  gpt23's side is then gpt23run --generate --device cuda --init-from
the same parameters, --temperature 0 --raw-bytes, from a prompt of
--prompt-len bytes, two samples of --tokens tokens (-num-samples 2): its
rate is gpt23run's own "tokens in S s (R tok/s)", prefill and the first
sample's warm-up included (gpt23's decoding on CUDA is checked against the
CPU's by test/gpu/compare, not here).  --dtype (CUDA only) sets the timed
runs' precision on both sides as torch_baseline.py's does (fp32 with TF32
off by default; tf32; bf16 by torch.autocast and gpt23run --precision bf16);
the token check always runs in fp32, since at freshly initialised weights
the logits of the best tokens lie close together and bf16 or TF32 rounding
can flip an argmax: a check there would compare roundings, not models.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_baseline  # noqa: E402


def die(msg):
    print("torch_decode: error: " + msg, file=sys.stderr)
    sys.exit(1)


def gpt23_greedy(bench_train, plan, ntok, plen, threads):
    cmd = [bench_train, plan, "--greedy", str(ntok), "--prompt-len", str(plen), "--threads", str(threads),
           "--json"]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


class Decoder:
    """Greedy decoding with a KV cache over torch_baseline's GPT modules."""

    def __init__(self, torch, model, hp, device="cpu", dtype="fp32"):
        self.torch, self.F = torch, torch.nn.functional
        self.m = model
        self.device, self.dtype = device, dtype
        self.C, self.H = int(hp["d_model"]), int(hp["n_head"])
        self.Tmax = int(hp["max_seq_length"])
        D = self.C // self.H
        L = len(model.blocks)
        # bf16 under autocast: the keys and values come out of bf16 matmuls
        cdt = torch.bfloat16 if dtype == "bf16" else torch.float32
        self.k = torch.zeros(L, 1, self.H, self.Tmax, D, device=device, dtype=cdt)
        self.v = torch.zeros(L, 1, self.H, self.Tmax, D, device=device, dtype=cdt)
        self.head = model.head if model.head is not None else model.wte.t()
        self.step, self.pos_tensor = self._step, False

    def _heads(self, t, n):
        return t.view(1, n, self.H, self.C // self.H).transpose(1, 2)

    def prefill(self, prompt):
        torch, F, m = self.torch, self.F, self.m
        n = prompt.shape[1]
        x = m.wte[prompt] + m.wpe[:n]
        for i, b in enumerate(m.blocks):
            q, k, v = b.qkv(b.ln_1(x)).split(self.C, dim=2)
            q, k, v = self._heads(q, n), self._heads(k, n), self._heads(v, n)
            self.k[i, :, :, :n] = k
            self.v[i, :, :, :n] = v
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
            x = x + b.proj(y.transpose(1, 2).reshape(1, n, self.C))
            x = x + b.fc_proj(F.gelu(b.fc(b.ln_2(x)), approximate="tanh"))
        return m.ln_f(x[:, -1]) @ self.head

    def _step(self, tok, pos: int):
        """One token at position pos (its key and value written at pos)."""
        F, m = self.F, self.m
        x = m.wte[tok].view(1, 1, self.C) + m.wpe[pos]
        for i, b in enumerate(m.blocks):
            q, k, v = b.qkv(b.ln_1(x)).split(self.C, dim=2)
            self.k[i, :, :, pos] = k.view(1, self.H, self.C // self.H)
            self.v[i, :, :, pos] = v.view(1, self.H, self.C // self.H)
            y = F.scaled_dot_product_attention(self._heads(q, 1), self.k[i, :, :, : pos + 1],
                                               self.v[i, :, :, : pos + 1])
            x = x + b.proj(y.transpose(1, 2).reshape(1, 1, self.C))
            x = x + b.fc_proj(F.gelu(b.fc(b.ln_2(x)), approximate="tanh"))
        return m.ln_f(x.view(1, self.C)) @ self.head

    def _step_static(self, tok, pos):
        """The same step at static shapes, for torch.compile: pos a 0-d
        tensor, the whole cache attended to under a mask of the positions
        after pos (a Python int pos would be specialised, one compilation a
        position)."""
        torch, F, m = self.torch, self.F, self.m
        x = m.wte[tok].view(1, 1, self.C) + m.wpe[pos]
        mask = (torch.arange(self.Tmax, device=self.device) <= pos).view(1, 1, 1, self.Tmax)
        for i, b in enumerate(m.blocks):
            q, k, v = b.qkv(b.ln_1(x)).split(self.C, dim=2)
            self.k[i].index_copy_(2, pos.view(1), k.view(1, self.H, 1, self.C // self.H))
            self.v[i].index_copy_(2, pos.view(1), v.view(1, self.H, 1, self.C // self.H))
            y = F.scaled_dot_product_attention(self._heads(q, 1), self.k[i], self.v[i], attn_mask=mask)
            x = x + b.proj(y.transpose(1, 2).reshape(1, 1, self.C))
            x = x + b.fc_proj(F.gelu(b.fc(b.ln_2(x)), approximate="tanh"))
        return m.ln_f(x.view(1, self.C)) @ self.head

    def generate(self, prompt, ntok):
        """ntok tokens: the first from the prefill, then ntok - 1 steps; the
        tokens, their logits and the seconds of the steps."""
        torch = self.torch
        with torch_baseline.autocast(torch, self.device, self.dtype):
            p = torch.tensor([prompt], dtype=torch.long, device=self.device)
            logits = self.prefill(p)
            tok = torch.argmax(logits, dim=-1)
            out = [int(tok)]
            top = [float(logits[0, out[0]])]
            torch_baseline.sync(torch, self.device)
            t0 = time.perf_counter()
            for k in range(ntok - 1):
                pos = len(prompt) + k
                logits = self.step(tok, torch.tensor(pos, device=self.device) if self.pos_tensor else pos)
                tok = torch.argmax(logits, dim=-1)
                out.append(int(tok))  # the token leaves the library each step, as gpt23's
                top.append(float(logits[0, out[-1]]))
            torch_baseline.sync(torch, self.device)
        return out, top, time.perf_counter() - t0


def gpt23_cuda_greedy(gpt23run, plan, ntok, plen, weights, dtype):
    """gpt23run --generate --device cuda: two samples of ntok tokens at
    temperature 0; its tokens/s (prefill included)."""
    opts, env = torch_baseline.gpt23run_env(dtype)
    prompt = ("The model " * (1 + plen // 10))[:plen]
    cmd = [gpt23run, plan, "--generate", "--device", "cuda", "--init-from", weights, "--prompt", prompt,
           "--max-tokens", str(ntok), "--temperature", "0", "--raw-bytes", "--num-samples", "2"] + opts
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    m = re.search(r"gpt23run: ([0-9]+) tokens in [0-9.]+ s \(([0-9.]+) tok/s\) on (\S+)", p.stderr)
    if p.returncode != 0 or not m:
        die("%s failed (status %d):\n%s" % (" ".join(cmd), p.returncode, "\n".join(p.stderr.splitlines()[-15:])))
    if int(m.group(1)) != 2 * ntok:
        die("gpt23run generated %s tokens, not 2 x %d (the context is too short?)" % (m.group(1), ntok))
    return float(m.group(2))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("plan")
    ap.add_argument("--bench-train", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "bench_train"))
    ap.add_argument("--tokens", type=int, default=100)
    ap.add_argument("--prompt-len", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--no-compile", action="store_true")
    ap.add_argument("--name")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    ap.add_argument("--dtype", choices=["fp32", "tf32", "bf16"], default="fp32",
                    help="CUDA only, the timed runs; fp32 (default) has TF32 matmuls off on both sides")
    ap.add_argument("--gpt23run", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                       "gpt23run"), help="gpt23's side with --device cuda")
    args = ap.parse_args()
    # fp32, TF32 off, for the check; --dtype for the timed runs
    torch = torch_baseline.torch_setup(args.device, "fp32", args.threads)
    torch_baseline.torch_setup(args.device, args.dtype, args.threads)  # refuses a CPU --dtype before any run
    torch_baseline.torch_setup(args.device, "fp32", args.threads)
    dev = args.device
    ref_dir = tempfile.mkdtemp(prefix="g23-decode.")
    try:
        g = torch_baseline.gpt23_run(args.bench_train, args.plan, 1, ref_dir)
        with open(os.path.join(ref_dir, "step.json")) as f:
            ref = json.load(f)
        weights = torch_baseline.load_weights(os.path.join(ref_dir, "weights.safetensors"))
        decode_rest(args, torch, ref, weights, ref_dir, dev)
    finally:
        import shutil

        shutil.rmtree(ref_dir, ignore_errors=True)


def decode_rest(args, torch, ref, weights, ref_dir, dev):
    model, _ = torch_baseline.build(torch, ref, weights)
    model.to(dev)
    model.eval()
    B, T = ref["batch"], ref["seq"]
    tokens = torch.tensor(ref["tokens"], dtype=torch.long).view(B, T).to(dev)
    targets = torch.tensor(ref["targets"], dtype=torch.long).view(B, T).to(dev)
    with torch.no_grad():
        loss0 = model(tokens, targets).item()
    rel = abs(loss0 - ref["loss"]) / abs(ref["loss"])
    if not rel <= 1e-4:
        die("PyTorch's loss on the first batch is %.7f, gpt23's %.7f: not the same model" % (loss0, ref["loss"]))

    # the reference tokens: bench_train on the CPU (every core when PyTorch is on the GPU)
    g1 = gpt23_greedy(args.bench_train, args.plan, args.tokens, args.prompt_len,
                      args.threads if dev == "cpu" else os.cpu_count())
    dec = Decoder(torch, model, ref["hparams"], dev)
    with torch.inference_mode():
        toks, top, _ = dec.generate(g1["prompt"], args.tokens)
    if toks != g1["tokens"]:
        k = next(i for i, (a, b) in enumerate(zip(toks, g1["tokens"])) if a != b)
        die("greedy tokens differ from gpt23's at token %d (PyTorch %d, gpt23 %d): gpt23 %s, PyTorch %s"
            % (k, toks[k], g1["tokens"][k], g1["tokens"], toks))
    worst = max(abs(a - b) / max(abs(b), 1.0) for a, b in zip(top, g1["max_logits"]))
    if not worst <= 1e-3:
        die("the chosen tokens' logits differ from gpt23's by %.2e (relative) > 1e-3" % worst)
    distinct = len(set(toks))
    if args.dtype != "fp32":
        torch_baseline.torch_setup(dev, args.dtype, args.threads)
        dec = Decoder(torch, model, ref["hparams"], dev, args.dtype)

    compiled, why = None, None
    if not args.no_compile:
        try:
            cdec = Decoder(torch, model, ref["hparams"], dev, args.dtype)
            cdec.step, cdec.pos_tensor = torch.compile(cdec._step_static), True
            with torch.inference_mode():
                ctoks, _, _ = cdec.generate(g1["prompt"], args.tokens)
            if ctoks != toks and args.dtype == "fp32":
                why = "torch.compile's greedy tokens differ from eager's"
            else:
                compiled = cdec
        except Exception as e:  # report, do not time
            why = "torch.compile failed: %s" % str(e).splitlines()[0][:200]

    rates = {"gpt23": [], "eager": [], "compile": []}
    for _ in range(args.rounds):
        if dev == "cpu":
            g = gpt23_greedy(args.bench_train, args.plan, args.tokens, args.prompt_len, args.threads)
            if g["tokens"] != toks:
                die("gpt23's greedy tokens changed between runs")
            rates["gpt23"].append(g["tokens_per_s"])
        else:
            rates["gpt23"].append(gpt23_cuda_greedy(args.gpt23run, args.plan, args.tokens, args.prompt_len,
                                                    os.path.join(ref_dir, "weights.safetensors"), args.dtype))
        with torch.inference_mode():
            _, _, s = dec.generate(g1["prompt"], args.tokens)
            rates["eager"].append((args.tokens - 1) / s)
            if compiled:
                _, _, s = compiled.generate(g1["prompt"], args.tokens)
                rates["compile"].append((args.tokens - 1) / s)
    med = {k: statistics.median(v) if v else None for k, v in rates.items()}
    name = args.name or g1["model"]
    print("| %s | %d | %.0f tok/s | %.0f tok/s | %s | %.2fx | %s |" % (
        name, args.threads, med["gpt23"], med["eager"], "%.0f tok/s" % med["compile"] if med["compile"] else "-",
        med["gpt23"] / med["eager"], "%.2fx" % (med["gpt23"] / med["compile"]) if med["compile"] else "-"),
        flush=True)
    print("  same tokens: %d greedy tokens (%d distinct) after a %d-token prompt, equal on both sides (their logits "
          "within %.1e); medians of %d interleaved rounds (gpt23 %s; eager %s; compile %s tok/s); gpt23's matmuls by %s (core %s), PyTorch %s%s"
          % (args.tokens, distinct, args.prompt_len, worst, args.rounds, " ".join("%.0f" % r for r in rates["gpt23"]),
             " ".join("%.0f" % r for r in rates["eager"]), " ".join("%.0f" % r for r in rates["compile"]) or "-",
             g1["blas"] if dev == "cpu" else "gpt23run --device cuda (%s)" % args.dtype,
             g1["blas_core"] if dev == "cpu" else "-", torch.__version__
             + ("" if dev == "cpu" else " on %s, %s" % (torch.cuda.get_device_name(), args.dtype)),
             "; " + why if why else ""))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"name": name, "threads": args.threads, "tokens": args.tokens, "rates": rates,
                       "median": med, "torch": torch.__version__, "blas": g1["blas"], "compile_note": why,
                       "device": dev, "dtype": args.dtype}, f)


if __name__ == "__main__":
    main()
