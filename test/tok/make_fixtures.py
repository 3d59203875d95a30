#!/usr/bin/env python3
"""Makes the BPE tokenizer fixtures with Hugging Face `tokenizers`, and checks
gpt23tok against it.  Run on demand, never by make check:

  $PYTHON test/tok/make_fixtures.py            # writes test/tok/fixtures/
  $PYTHON test/tok/make_fixtures.py --check DIR [--gpt23tok PATH]

Without --check: trains a byte-level BPE of 1000 tokens plus <|endoftext|> on
fixtures/train.txt, saves fixtures/vocab.json and fixtures/merges.txt, reloads
them from the files and writes Hugging Face's ids of fixtures/sample.txt
without special tokens (sample.ids) and with <|endoftext|> read as special
(sample.specials.ids), one line of space-separated ids each.  It checks that
transformers' GPT2TokenizerFast, loaded from the same two files, gives the
same ids.

With --check DIR: loads DIR (written by gpt23tok train) with
ByteLevelBPETokenizer and GPT2TokenizerFast, and checks that both give the
ids `gpt23tok encode DIR` gives for sample.txt (with and without --specials),
and that the ids decode to the text again.  With --data FILE too (the one
file DIR was trained on, by `gpt23tok train --data FILE` with the default
options): trains Hugging Face's BpeTrainer on the same text, given as one
sequence (as gpt23tok takes a file; `train(files)` would read it line by
line), with the same vocabulary size, and checks that the merges are the
same, in the same order.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")
SPECIAL = "<|endoftext|>"


def sample_text():
    with open(os.path.join(FIX, "sample.txt"), encoding="utf-8", newline="") as f:
        return f.read()


def hf_ids(d, text):
    """(plain ids, ids with specials) of text by the tokenizer in directory d."""
    from tokenizers import ByteLevelBPETokenizer
    from transformers import GPT2TokenizerFast

    v, m = os.path.join(d, "vocab.json"), os.path.join(d, "merges.txt")
    tok = ByteLevelBPETokenizer(v, m)
    plain = tok.encode(text).ids
    tok.add_special_tokens([SPECIAL])
    special = tok.encode(text).ids
    # transformers registers <|endoftext|> as its bos/eos/unk token: special.
    # Loaded as a directory, and from the two files (transformers 5 names the
    # arguments vocab and merges, earlier versions vocab_file and merges_file).
    import transformers
    files = (dict(vocab=v, merges=m) if int(transformers.__version__.split(".")[0]) >= 5
             else dict(vocab_file=v, merges_file=m))
    for gpt2 in (GPT2TokenizerFast.from_pretrained(d), GPT2TokenizerFast(**files)):
        ids = gpt2(text)["input_ids"]
        if len(gpt2) != tok.get_vocab_size() or ids != special:
            sys.exit("GPT2TokenizerFast and ByteLevelBPETokenizer disagree on %s" % d)
        if gpt2.decode(ids) != text or tok.decode(special, skip_special_tokens=False) != text:
            sys.exit("Hugging Face does not decode its ids of sample.txt to the text")
    return plain, special


def write_ids(path, ids):
    with open(path, "w") as f:
        f.write(" ".join(map(str, ids)) + "\n")


def make():
    from tokenizers import ByteLevelBPETokenizer

    tok = ByteLevelBPETokenizer()
    tok.train([os.path.join(FIX, "train.txt")], vocab_size=1001, min_frequency=2,
              special_tokens=[SPECIAL], show_progress=False)
    tok.save_model(FIX)
    plain, special = hf_ids(FIX, sample_text())
    write_ids(os.path.join(FIX, "sample.ids"), plain)
    write_ids(os.path.join(FIX, "sample.specials.ids"), special)
    print("wrote %s: vocab.json, merges.txt, sample.ids (%d ids), sample.specials.ids (%d ids)"
          % (FIX, len(plain), len(special)))


def check_merges(d, data):
    from tokenizers import ByteLevelBPETokenizer
    import json
    import tempfile

    with open(os.path.join(d, "vocab.json"), encoding="utf-8") as f:
        n = len(json.load(f))
    with open(data, encoding="utf-8", newline="") as f:
        text = f.read()
    tok = ByteLevelBPETokenizer()
    tok.train_from_iterator([text], vocab_size=n, min_frequency=2, special_tokens=[SPECIAL], show_progress=False)
    with tempfile.TemporaryDirectory() as hf:
        tok.save_model(hf)
        with open(os.path.join(hf, "merges.txt"), encoding="utf-8") as f:
            theirs = f.read().split("\n")[1:]
    with open(os.path.join(d, "merges.txt"), encoding="utf-8") as f:
        ours = f.read().split("\n")[1:]
    k = next((i for i in range(min(len(ours), len(theirs))) if ours[i] != theirs[i]), None)
    if k is not None or len(ours) != len(theirs):
        print("merges: gpt23tok %d, Hugging Face %d; first difference at %s" % (len(ours), len(theirs), k))
        return False
    print("merges: %d, the same as Hugging Face's trainer's, in the same order" % (len(ours) - 1))
    return True


def check(d, gpt23tok, data):
    text = sample_text()
    plain, special = hf_ids(d, text)
    sample = os.path.join(FIX, "sample.txt")
    ours = subprocess.run([gpt23tok, "encode", d, sample], check=True, capture_output=True, text=True).stdout
    ours_sp = subprocess.run([gpt23tok, "encode", d, "--specials", sample], check=True, capture_output=True,
                             text=True).stdout
    ok = True
    for name, hf, g in (("plain", plain, ours), ("specials", special, ours_sp)):
        g = list(map(int, g.split()))
        if g != hf:
            ok = False
            k = next((i for i in range(min(len(g), len(hf))) if g[i] != hf[i]), min(len(g), len(hf)))
            print("%s: gpt23tok and Hugging Face differ at id %d: %s vs %s" % (name, k, g[k:k + 5], hf[k:k + 5]))
        else:
            print("%s: %d ids, the same as Hugging Face's" % (name, len(g)))
    if data:
        ok = check_merges(d, data) and ok
    sys.exit(0 if ok else 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", metavar="DIR", help="check a tokenizer written by gpt23tok train")
    ap.add_argument("--data", metavar="FILE", help="with --check: the text DIR was trained on")
    ap.add_argument("--gpt23tok", default=os.path.join(os.getcwd(), "gpt23tok"), help="the gpt23tok program")
    a = ap.parse_args()
    if a.check:
        check(a.check, a.gpt23tok, a.data)
    else:
        make()


if __name__ == "__main__":
    main()
