#!/usr/bin/env python3
"""check_transformers.py: transformers loads a model that gpt23 trained.

Run on demand from a built tree (never by make check), with an interpreter
that has torch, transformers and safetensors:

    $PYTHON test/hf/check_transformers.py [--builddir .] [--steps 20]

1. gpt23c compiles models/variants/gpt2_124m.net at the shape of
   test/hf/fixtures/gpt2_tiny; gpt23run trains it for --steps steps from
   that checkpoint on bytes of the docs and writes the weights with
   `--export-names hf`.
2. GPT2LMHeadModel.from_pretrained reads that file beside the fixture's
   config.json; no parameter may be missing (the tied lm_head aside) or
   unexpected.
3. transformers' logits and greedy tokens for the fixture's prompts are
   written in the format of expected.txt, and test/hf/hf-check compares
   gpt23's own on the same file against them (1e-4 relative, the same ids).
Exit status 0 when all of that holds.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import torch
from transformers import GPT2LMHeadModel

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
SHAPE = ["-D", "max_seq_length=64", "-D", "d_model=64", "-D", "n_head=4",
         "-D", "n_layer=2", "-D", "batch=4"]


def run(*cmd):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--builddir", default=".")
    ap.add_argument("--steps", type=int, default=20)
    a = ap.parse_args()
    b = os.path.abspath(a.builddir)
    fix = os.path.join(HERE, "fixtures")
    work = tempfile.mkdtemp(prefix="g23-hf-")
    try:
        plan = os.path.join(work, "gpt2.bin")
        data = os.path.join(work, "data.txt")
        with open(os.path.join(SRC, "docs", "language.md"), "rb") as f, open(data, "wb") as g:
            g.write(f.read())
        with open(os.path.join(fix, "gpt2_tiny", "config.json")) as f:
            vocab = json.load(f)["vocab_size"]
        run(os.path.join(b, "gpt23c"), os.path.join(SRC, "models", "variants", "gpt2_124m.net"), "-o", plan,
            "-I", os.path.join(SRC, "models"), "-D", "vocab=%d" % vocab, *SHAPE)
        model_dir = os.path.join(work, "trained")
        os.mkdir(model_dir)
        export = os.path.join(model_dir, "model.safetensors")
        run(os.path.join(b, "gpt23run"), plan, "--train", "--data", data, "--steps", str(a.steps), "--lr", "1e-3",
            "--min-lr", "1e-4", "--eval-every", "0", "--quiet", "--init-from",
            os.path.join(fix, "gpt2_tiny", "model.safetensors"), "--export", export, "--export-names", "hf")
        shutil.copy(os.path.join(fix, "gpt2_tiny", "config.json"), model_dir)
        model, info = GPT2LMHeadModel.from_pretrained(model_dir, output_loading_info=True,
                                                      attn_implementation="eager")
        model.eval()
        print("from_pretrained:", {k: v for k, v in info.items() if v})
        missing = [k for k in info["missing_keys"] if k != "lm_head.weight"]
        if missing or info["unexpected_keys"] or info.get("mismatched_keys"):
            sys.exit("transformers did not load every tensor of the export: %s" % info)
        # the prompts of the fixture
        prompts = []
        with open(os.path.join(fix, "expected.txt")) as f:
            for line in f:
                w = line.split()
                if w and w[0] == "prompt":
                    prompts.append((w[1], [int(x) for x in w[3:]]))
        lines = ["# transformers on the weights gpt23 trained for %d steps" % a.steps]
        with torch.no_grad():
            for name, ids in prompts:
                logits = model(torch.tensor([ids])).logits[0]
                lines.append("prompt %s %d %s" % (name, len(ids), " ".join(map(str, ids))))
                lines.append("logits %s %d %d" % (name, logits.shape[0], logits.shape[1]))
                lines += [" ".join("%.8e" % v for v in row.tolist()) for row in logits]
                seq = list(ids)
                for _ in range(10):
                    seq.append(int(model(torch.tensor([seq])).logits[0, -1].argmax()))
                lines.append("greedy %s 10 %s" % (name, " ".join(map(str, seq[len(ids):]))))
        expected = os.path.join(work, "expected.txt")
        with open(expected, "w") as f:
            f.write("\n".join(lines) + "\n")
        run(os.path.join(b, "test", "hf", "hf-check"), plan, export, expected)
        print("transformers loads the gpt23 export, and both compute the same logits and tokens")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
