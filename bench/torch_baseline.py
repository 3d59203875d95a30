#!/usr/bin/env python3
"""PyTorch side by side with gpt23: one training step of the same model.

    torch_baseline.py PLAN [--bench-train PATH] [--steps N] [--threads N]
                      [--no-compile] [--json FILE] [--name NAME]
                      [--device cpu|cuda] [--dtype fp32|tf32|bf16]
                      [--gpt23run PATH] [--data FILE]

Runs, interleaved in one process tree: gpt23 (bench_train), PyTorch eager,
gpt23 again, torch.compile; and prints one table of ms/step, tokens/s and
gpt23's speed-up over each.

The PyTorch model is not written a second time by hand: bench_train
--reference writes the plan's hparams, its parameters in plan order (name,
shape, weight-decay flag), its AdamW constants, the first batch and the loss
gpt23 computed on it, with the parameters themselves as safetensors.  This
script places those parameters in a GPT-2 block structure (std.net's
layernorm, causal_self_attention and feed_forward, learned positions, tied or
untied head), loads them, and refuses to time anything unless its loss on the
same batch agrees with gpt23's to 1e-4 relative: the two then do the same
work.  A model of another structure is refused, naming the parameter that
does not fit.

The step timed is the whole training step on both sides: forward, backward,
gradient clipping to norm 1 and AdamW (PyTorch's default CPU implementation,
decay only on the parameters gpt23 decays), fp32, the same threads.

--device cuda runs the same on one GPU.  PyTorch: the model on "cuda", each
step between two torch.cuda.synchronize() calls, AdamW's default CUDA
implementation (foreach).  gpt23: gpt23run --train --device cuda on the same
plan from the same parameters (--init-from the safetensors bench_train
--reference wrote), on the text of --data, 2 warm-up steps and then --steps
timed ones (the ms of its step lines: a batch from the text, the step, the
loss read back from the device), twice,
interleaved with PyTorch as above.  The loss check stays the one above:
PyTorch on the GPU against gpt23's loss on the CPU (bench_train --reference,
which runs on the CPU); gpt23's CUDA kernels are checked against its CPU ones
by test/gpu/compare, not here.  --dtype (CUDA only):
  fp32  (default) fp32 everywhere, TF32 tensor-core matmuls OFF on both sides
        (torch.backends.cuda.matmul.allow_tf32 and cudnn.allow_tf32 False;
        gpt23run without G23_CUDA_TF32);
  tf32  fp32 tensors, matmuls on TF32 tensor cores (allow_tf32 True;
        gpt23run --precision fp32 with G23_CUDA_TF32=1);
  bf16  torch.autocast(bfloat16): matmuls on bf16 operands with fp32
        accumulation, fp32 weights, optimizer and losses (gpt23run --precision
        bf16 does the same).
For tf32 and bf16 the loss check is looser, 2e-3 relative (see LOSS_TOL).
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time


# The first-batch loss check, relative, against gpt23's fp32 loss.  fp32:
# the two compute the same sums in another order, 1e-4.  tf32 rounds each
# matmul operand to 10 mantissa bits (2^-11 relative) and bf16 to 7 (2^-8);
# the loss is a mean over batch*seq tokens of log-softmax of logits that
# carry those roundings, so it moves by far less than the operands, and
# 2e-3 is the bound test/gpu/compare puts on a whole bf16 step's loss
# against the CPU's fp32 one.  A wrong model is off by far more than that.
LOSS_TOL = {"fp32": 1e-4, "tf32": 2e-3, "bf16": 2e-3}


def die(msg):
    print("torch_baseline: error: " + msg, file=sys.stderr)
    sys.exit(1)


def place(params, hp):
    """Maps the plan's parameters (in plan order) onto the GPT-2 structure.
    Returns a dict: wte, wpe, blocks (list of 12-name lists), lnf (2), head
    (name or None when tied)."""
    V, C, T = int(hp["vocab"]), int(hp["d_model"]), int(hp["max_seq_length"])
    rest = list(params)

    def take(pred, what):
        for p in rest:
            if pred(p):
                rest.remove(p)
                return p
        die("no parameter of the plan is %s" % what)

    wte = take(lambda p: p["shape"] == [V, C], "the token embedding [%d, %d]" % (V, C))
    wpe = take(lambda p: p["shape"] == [T, C], "the learned positions [%d, %d]" % (T, C))
    blocks = {}
    order = []
    for p in list(rest):
        parts = p["name"].split(".")
        idx = next((i for i, s in enumerate(parts) if s.isdigit()), None)
        if idx is None:
            continue
        key = ".".join(parts[: idx + 1])
        if key not in blocks:
            blocks[key] = []
            order.append(key)
        blocks[key].append(p)
        rest.remove(p)
    want = [[C], [C], [C, 3 * C], [3 * C], [C, C], [C], [C], [C], [C, 4 * C], [4 * C], [4 * C, C], [C]]
    what = ["ln_1.gamma", "ln_1.beta", "qkv.w", "qkv.b", "proj.w", "proj.b", "ln_2.gamma", "ln_2.beta",
            "fc.w", "fc.b", "fc_proj.w", "fc_proj.b"]
    out_blocks = []
    for key in order:
        b = blocks[key]
        if len(b) != len(want):
            die("block %s has %d parameters; a GPT-2 block (layernorm, causal_self_attention, layernorm, "
                "feed_forward, with biases) has %d" % (key, len(b), len(want)))
        for p, w, n in zip(b, want, what):
            if p["shape"] != w:
                die("parameter %s has shape %s where a GPT-2 block's %s is %s" % (p["name"], p["shape"], n, w))
        out_blocks.append([p["name"] for p in b])
    if int(hp["n_layer"]) != len(out_blocks):
        die("the plan has %d blocks, its hparam n_layer is %d" % (len(out_blocks), int(hp["n_layer"])))
    lnf = [p for p in rest if p["shape"] == [C]]
    if len(lnf) != 2:
        die("no final layernorm (two [C] parameters after the blocks)")
    for p in lnf:
        rest.remove(p)
    head = None
    if rest:
        h = rest.pop(0)
        if h["shape"] != [C, V]:
            die("parameter %s (%s) is not part of a GPT-2 model" % (h["name"], h["shape"]))
        head = h["name"]
    if rest:
        die("parameter %s is not part of a GPT-2 model" % rest[0]["name"])
    return {"wte": wte["name"], "wpe": wpe["name"], "blocks": out_blocks, "lnf": [p["name"] for p in lnf],
            "head": head}


def build(torch, ref, weights):
    nn, F = torch.nn, torch.nn.functional
    hp = ref["hparams"]
    C, H = int(hp["d_model"]), int(hp["n_head"])
    m = place(ref["params"], hp)
    decay = {p["name"]: p["decay"] for p in ref["params"]}

    def linear(w, b):
        # gpt23's dense is x W with W [in, out]; nn.Linear holds [out, in].
        lin = nn.Linear(w.shape[0], w.shape[1])
        with torch.no_grad():
            lin.weight.copy_(w.t())
            lin.bias.copy_(b)
        return lin

    def norm(g, b):
        ln = nn.LayerNorm(C, eps=1e-5)
        with torch.no_grad():
            ln.weight.copy_(g)
            ln.bias.copy_(b)
        return ln

    class Block(nn.Module):
        def __init__(self, n):
            super().__init__()
            W = [weights[k] for k in n]
            self.ln_1, self.qkv, self.proj = norm(W[0], W[1]), linear(W[2], W[3]), linear(W[4], W[5])
            self.ln_2, self.fc, self.fc_proj = norm(W[6], W[7]), linear(W[8], W[9]), linear(W[10], W[11])

        def forward(self, x):
            B, T, _ = x.shape
            q, k, v = self.qkv(self.ln_1(x)).split(C, dim=2)
            q, k, v = (t.view(B, T, H, C // H).transpose(1, 2) for t in (q, k, v))
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
            x = x + self.proj(y.transpose(1, 2).reshape(B, T, C))
            return x + self.fc_proj(F.gelu(self.fc(self.ln_2(x)), approximate="tanh"))

    class GPT(nn.Module):
        def __init__(self):
            super().__init__()
            self.wte = nn.Parameter(weights[m["wte"]].clone())
            self.wpe = nn.Parameter(weights[m["wpe"]].clone())
            self.blocks = nn.ModuleList(Block(n) for n in m["blocks"])
            self.ln_f = norm(weights[m["lnf"][0]], weights[m["lnf"][1]])
            self.head = nn.Parameter(weights[m["head"]].clone()) if m["head"] else None

        def forward(self, tokens, targets):
            T = tokens.shape[1]
            x = self.wte[tokens] + self.wpe[:T]
            for b in self.blocks:
                x = b(x)
            x = self.ln_f(x)
            logits = x @ (self.head if self.head is not None else self.wte.t())
            return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1))

    model = GPT()
    # The decay flags in plan order, matched to the torch parameters by
    # the same placement.
    names = {id(model.wte): m["wte"], id(model.wpe): m["wpe"], id(model.ln_f.weight): m["lnf"][0],
             id(model.ln_f.bias): m["lnf"][1]}
    if model.head is not None:
        names[id(model.head)] = m["head"]
    for blk, n in zip(model.blocks, m["blocks"]):
        mods = [blk.ln_1.weight, blk.ln_1.bias, blk.qkv.weight, blk.qkv.bias, blk.proj.weight, blk.proj.bias,
                blk.ln_2.weight, blk.ln_2.bias, blk.fc.weight, blk.fc.bias, blk.fc_proj.weight,
                blk.fc_proj.bias]
        for t, name in zip(mods, n):
            names[id(t)] = name
    groups = {True: [], False: []}
    for t in model.parameters():
        groups[decay[names[id(t)]]].append(t)
    return model, groups


def load_weights(path):
    """The safetensors file bench_train --reference writes, as a dict of
    torch tensors: by the safetensors package where it is installed, else
    read here (an 8-byte little-endian header length, a JSON header of
    dtype, shape and data_offsets per tensor, the data), so that a machine
    with torch alone runs these scripts."""
    import torch

    try:
        from safetensors.torch import load_file
    except ImportError:
        load_file = None
    if load_file:
        return load_file(path)
    import struct

    dtypes = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}
    with open(path, "rb") as f:
        blob = f.read()
    n = struct.unpack("<Q", blob[:8])[0]
    header = json.loads(blob[8:8 + n])
    out = {}
    for name, t in header.items():
        if name == "__metadata__":
            continue
        if t["dtype"] not in dtypes:
            die("%s: tensor %s has dtype %s (F32, F16 or BF16 expected)" % (path, name, t["dtype"]))
        a, b = t["data_offsets"]
        buf = bytearray(blob[8 + n + a:8 + n + b])
        out[name] = torch.frombuffer(buf, dtype=dtypes[t["dtype"]]).reshape(t["shape"]).clone() if b > a else \
            torch.zeros(t["shape"], dtype=dtypes[t["dtype"]])
    return out


def torch_setup(device, dtype, threads):
    """Imports torch, sets threads and the matmul precision for --device and
    --dtype; refuses cuda when PyTorch cannot use it."""
    import torch

    torch.set_num_threads(threads)
    if device == "cuda":
        if not torch.cuda.is_available():
            die("--device cuda: PyTorch %s sees no CUDA device (torch.version.cuda %s, torch.cuda.is_available() "
                "False): a CUDA build of torch and a visible NVIDIA GPU are needed" % (torch.__version__,
                                                                                       torch.version.cuda))
        tf32 = dtype == "tf32"
        torch.backends.cuda.matmul.allow_tf32 = tf32
        torch.backends.cudnn.allow_tf32 = tf32
    elif dtype != "fp32":
        die("--dtype %s applies to --device cuda only (the CPU side is fp32)" % dtype)
    return torch


def autocast(torch, device, dtype):
    import contextlib

    if dtype == "bf16":
        return torch.autocast(device_type=device, dtype=torch.bfloat16)
    return contextlib.nullcontext()


def sync(torch, device):
    if device == "cuda":
        torch.cuda.synchronize()


def torch_run(ref_dir, steps, threads, compiled, device="cpu", dtype="fp32"):
    torch = torch_setup(device, dtype, threads)

    with open(os.path.join(ref_dir, "step.json")) as f:
        ref = json.load(f)
    weights = load_weights(os.path.join(ref_dir, "weights.safetensors"))
    model, groups = build(torch, ref, weights)
    model.to(device)  # in place: the parameters in groups are the same objects
    a = ref["adamw"]
    opt = torch.optim.AdamW([{"params": groups[True], "weight_decay": a["weight_decay"]},
                             {"params": groups[False], "weight_decay": 0.0}],
                            lr=a["lr"], betas=(a["beta1"], a["beta2"]), eps=a["eps"])
    B, T = ref["batch"], ref["seq"]
    tokens = torch.tensor(ref["tokens"], dtype=torch.long).view(B, T).to(device)
    targets = torch.tensor(ref["targets"], dtype=torch.long).view(B, T).to(device)
    with torch.no_grad(), autocast(torch, device, dtype):
        loss0 = model(tokens, targets).item()
    rel = abs(loss0 - ref["loss"]) / abs(ref["loss"])
    tol = LOSS_TOL[dtype]
    if not rel <= tol:
        die("PyTorch's loss on the first batch (%s, %s) is %.7f, gpt23's %.7f (relative difference %.2e > %g): "
            "not the same model" % (device, dtype, loss0, ref["loss"], rel, tol))
    fwd = torch.compile(model) if compiled else model

    def step():
        with autocast(torch, device, dtype):
            loss = fwd(tokens, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), a["grad_clip"])
        opt.step()
        opt.zero_grad(set_to_none=True)

    sync(torch, device)
    t0 = time.perf_counter()
    step()  # warm-up (and compilation)
    sync(torch, device)
    warm = time.perf_counter() - t0
    times = []
    for _ in range(steps):
        sync(torch, device)
        t0 = time.perf_counter()
        step()
        sync(torch, device)
        times.append(time.perf_counter() - t0)
    return {"ms_mean": 1e3 * sum(times) / len(times), "ms_best": 1e3 * min(times), "loss": loss0,
            "rel_loss": rel, "tol": tol, "warmup_s": warm, "torch": torch.__version__,
            "gpu": torch.cuda.get_device_name() if device == "cuda" else None,
            "tokens_per_s": B * T / (sum(times) / len(times))}


def gpt23_run(bench_train, plan, steps, ref_dir):
    cmd = [bench_train, plan, "--steps", str(steps), "--decode", "0", "--json"]
    if ref_dir:
        cmd += ["--reference", ref_dir]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


GPT23RUN_WARMUP = 2  # the first steps compile, choose matmul algorithms, capture graphs


def gpt23run_env(dtype):
    """gpt23run's options and environment for --dtype on CUDA."""
    env = dict(os.environ)
    env.pop("G23_CUDA_TF32", None)
    if dtype == "tf32":
        env["G23_CUDA_TF32"] = "1"
    return ["--precision", "bf16" if dtype == "bf16" else "fp32"], env


def gpt23_cuda_run(gpt23run, plan, steps, weights, data, dtype, ref):
    """gpt23run --train --device cuda from the reference's parameters:
    GPT23RUN_WARMUP + steps steps; ms/step is the mean over the last steps."""
    opts, env = gpt23run_env(dtype)
    n = GPT23RUN_WARMUP + steps
    cmd = [gpt23run, plan, "--train", "--device", "cuda", "--steps", str(n), "--data", data, "--eval-every", "0",
           "--init-from", weights] + opts
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines = [ln for ln in p.stdout.splitlines() if re.match(r"step [0-9]+/[0-9]+ \| loss ", ln)]
    if p.returncode != 0 or len(lines) != n:
        die("%s failed (status %d, %d of %d steps):\n%s" % (" ".join(cmd), p.returncode, len(lines), n,
                                                            "\n".join(p.stdout.splitlines()[-15:])))
    ms = [float(re.search(r"\| ([0-9.]+) ms", ln).group(1)) for ln in lines[GPT23RUN_WARMUP:]]
    loss = float(re.search(r"\| loss ([0-9.naif-]+)", lines[-1]).group(1))
    if not math.isfinite(loss):
        die("gpt23run's training loss on CUDA is %s" % loss)
    return {"model": ref["model"], "batch": ref["batch"], "seq": ref["seq"], "ms_mean": sum(ms) / len(ms),
            "ms_best": min(ms), "loss": ref["loss"], "last_loss": loss, "blas_core": "-",
            "blas": "gpt23run --device cuda --precision %s%s" % (opts[1], " G23_CUDA_TF32=1" if dtype == "tf32"
                                                                 else "")}


def default_data(top):
    """A text for gpt23run --train: the tree's prose, repeated to 1 MB."""
    parts = []
    for d in ("README.md", "docs", "man"):
        p = os.path.join(top, d)
        files = [p] if os.path.isfile(p) else sorted(os.path.join(p, f) for f in os.listdir(p)) if os.path.isdir(
            p) else []
        for f in files:
            if os.path.isfile(f):
                with open(f, "rb") as fh:
                    parts.append(fh.read())
    text = b"".join(parts) or b"gpt23 " * 1000
    return (text * (1 + (1 << 20) // len(text)))[: 1 << 20]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("plan")
    ap.add_argument("--bench-train", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "bench_train"))
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--no-compile", action="store_true")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--name", help="the row's name (default: the model's)")
    ap.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    ap.add_argument("--dtype", choices=["fp32", "tf32", "bf16"], default="fp32",
                    help="CUDA only; fp32 (default) has TF32 matmuls off on both sides")
    ap.add_argument("--gpt23run", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                       "gpt23run"), help="gpt23's side with --device cuda")
    ap.add_argument("--data", help="the text gpt23run trains on with --device cuda (default: the tree's docs)")
    args = ap.parse_args()
    torch_setup(args.device, args.dtype, args.threads)  # refuses cuda without one before anything runs
    dev = (args.device, args.dtype)
    with tempfile.TemporaryDirectory(prefix="g23-torch.") as ref_dir:
        if args.device == "cpu":
            g1 = gpt23_run(args.bench_train, args.plan, args.steps, ref_dir)
            eager = torch_run(ref_dir, args.steps, args.threads, False)
            g2 = gpt23_run(args.bench_train, args.plan, args.steps, None)
            comp = None if args.no_compile else torch_run(ref_dir, args.steps, args.threads, True)
        else:
            ref = gpt23_run(args.bench_train, args.plan, 1, ref_dir)  # the parameters, the batch, the CPU loss
            weights = os.path.join(ref_dir, "weights.safetensors")
            data = args.data
            if not data:
                data = os.path.join(ref_dir, "data.txt")
                with open(data, "wb") as f:
                    f.write(default_data(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
            g1 = gpt23_cuda_run(args.gpt23run, args.plan, args.steps, weights, data, args.dtype, ref)
            eager = torch_run(ref_dir, args.steps, args.threads, False, *dev)
            g2 = gpt23_cuda_run(args.gpt23run, args.plan, args.steps, weights, data, args.dtype, ref)
            comp = None if args.no_compile else torch_run(ref_dir, args.steps, args.threads, True, *dev)
    g = min(g1["ms_mean"], g2["ms_mean"])  # the better of gpt23's two runs, as for PyTorch's best of one
    name = args.name or g1["model"]
    row = {"name": name, "batch": g1["batch"], "seq": g1["seq"], "gpt23_ms": [g1["ms_mean"], g2["ms_mean"]],
           "eager_ms": eager["ms_mean"], "compile_ms": comp and comp["ms_mean"], "tokens": g1["batch"] * g1["seq"],
           "blas_core": g1["blas_core"], "blas": g1.get("blas"), "torch": eager["torch"], "loss_gpt23": g1["loss"],
           "loss_torch": eager["loss"], "threads": args.threads, "device": args.device, "dtype": args.dtype,
           "gpu": eager["gpu"], "gpt23_ms_best": min(g1["ms_mean"], g2["ms_mean"]),
           "compile_warmup_s": comp and comp["warmup_s"]}
    tok = row["tokens"]
    line = "| %s | %d x %d | %.1f / %.1f ms (%.0f tok/s) | %.1f ms (%.0f tok/s) | %s | %.2fx | %s |" % (
        name, row["batch"], row["seq"], g1["ms_mean"], g2["ms_mean"], tok / (g / 1e3), eager["ms_mean"],
        tok / (eager["ms_mean"] / 1e3),
        "%.1f ms (%.0f tok/s)" % (comp["ms_mean"], tok / (comp["ms_mean"] / 1e3)) if comp else "-",
        eager["ms_mean"] / g, "%.2fx" % (comp["ms_mean"] / g) if comp else "-")
    print(line, flush=True)
    print("  same model: first-batch loss gpt23 %.6f, PyTorch %.6f (relative %.1e, bound %g); gpt23's matmuls by %s, "
          "PyTorch %s, %d threads%s" % (g1["loss"], eager["loss"], eager["rel_loss"], eager["tol"],
                                        g1.get("blas", g1["blas_core"]), eager["torch"], args.threads,
                                        "" if args.device == "cpu" else "; on %s, %s (gpt23's loss from the CPU)"
                                        % (eager["gpu"], args.dtype)))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(row, f)


if __name__ == "__main__":
    main()
