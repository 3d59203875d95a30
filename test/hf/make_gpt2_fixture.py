#!/usr/bin/env python3
"""make_gpt2_fixture.py: a small random GPT-2 from Hugging Face transformers,
the independent reference of test/hf/gpt2.sh.

Run on demand (never by make check), with an interpreter that has torch,
transformers and safetensors:

    $PYTHON test/hf/make_gpt2_fixture.py [--vocab N] [--out test/hf/fixtures]

Writes into OUT:
  gpt2_tiny/            save_pretrained(safe_serialization=True) of a seeded
                        GPT2LMHeadModel (F32; n_layer 2, n_embd 64, n_head 4,
                        n_positions 64, gelu_new, tied head): names with the
                        `transformer.` prefix and no lm_head.weight, as
                        transformers writes them
  gpt2_tiny_f16.safetensors
                        the same weights in F16, named as the original GPT-2
                        files: no prefix, the causal-mask buffers
                        h.N.attn.bias (BOOL) and h.N.attn.masked_bias, and
                        lm_head.weight (a copy of wte)
  expected.txt          what transformers computes (float32, eager attention):
                          prompt NAME K id...       the prompt's token ids
                          logits NAME T V           then T lines of V logits, the
                                                    logits at every prompt position
                          greedy NAME N id...       N tokens of greedy decoding
                                                    (argmax of the full forward
                                                    over the sequence so far)
                        for the F32 model, and `logits f16:NAME` for the F16
                        weights (rounded to F16, computed in float32)

The vocabulary is that of the byte-level BPE fixture of the tokenizer,
test/tok/fixtures/vocab.json (1001 tokens, <|endoftext|> among them), and
the prompts are ids of its sample.ids: the start of sample.txt, one token,
and <|endoftext|> followed by more of the sample.  --vocab N overrides the
size (ids are then taken modulo N, end of text N - 1).  A greedy step whose two best logits lie
within 1e-3 of each other would make the comparison hang on rounding; the
script refuses such a seed rather than write a fragile fixture.
"""
import argparse
import json
import os

import torch
from safetensors.torch import save_file
from transformers import GPT2Config, GPT2LMHeadModel

TOK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tok", "fixtures")


def tokenizer_fixture():
    """(vocabulary size, end-of-text id, the sample's ids) of test/tok/fixtures."""
    with open(os.path.join(TOK, "vocab.json")) as f:
        vocab = json.load(f)
    with open(os.path.join(TOK, "sample.ids")) as f:
        ids = [int(x) for x in f.readline().split()]
    return len(vocab), vocab["<|endoftext|>"], ids
GREEDY = 10


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", type=int, default=0)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "fixtures"))
    a = ap.parse_args()
    nv, eot, sample = tokenizer_fixture()
    if a.vocab:
        nv, eot, sample = a.vocab, a.vocab - 1, [i % a.vocab for i in sample]
    a.vocab = nv
    prompts = {"a": sample[:5], "b": sample[5:6], "c": [eot] + sample[6:17]}

    torch.manual_seed(a.seed)
    cfg = GPT2Config(vocab_size=a.vocab, n_positions=64, n_embd=64, n_layer=2, n_head=4,
                     activation_function="gelu_new", resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
                     layer_norm_epsilon=1e-5, initializer_range=0.1, tie_word_embeddings=True,
                     bos_token_id=eot, eos_token_id=eot)
    model = GPT2LMHeadModel(cfg).eval()
    # LayerNorm and biases start at 1 and 0: make them random too, so that a
    # swapped gamma/beta or a lost bias shows in the logits.
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() == 1:
                p.add_(torch.randn_like(p) * 0.1)
    os.makedirs(a.out, exist_ok=True)
    model.config._attn_implementation = "eager"
    model.save_pretrained(os.path.join(a.out, "gpt2_tiny"), safe_serialization=True)

    # the F16 copy, named as the original GPT-2 files on the Hub: no
    # prefix, the mask buffers, and here the tied head's copy too
    sd = {}
    for k, v in model.state_dict().items():
        if k.startswith("lm_head."):
            continue
        sd[k.removeprefix("transformer.")] = v.detach().to(torch.float16).contiguous()
    sd["lm_head.weight"] = sd["wte.weight"].clone()
    n = cfg.n_positions
    for i in range(cfg.n_layer):
        sd[f"h.{i}.attn.bias"] = torch.tril(torch.ones(n, n, dtype=torch.bool)).view(1, 1, n, n)
        sd[f"h.{i}.attn.masked_bias"] = torch.tensor(-1e4)
    save_file(sd, os.path.join(a.out, "gpt2_tiny_f16.safetensors"), metadata={"format": "pt"})

    half = GPT2LMHeadModel(cfg).eval()
    half.load_state_dict({k: v.float() for k, v in model.state_dict().items()})
    with torch.no_grad():
        for p in half.parameters():
            p.copy_(p.to(torch.float16).float())

    lines = ["# written by test/hf/make_gpt2_fixture.py (transformers %s, torch %s), seed %d, vocab %d"
             % (__import__("transformers").__version__, torch.__version__, a.seed, a.vocab)]
    with torch.no_grad():
        for name, ids in prompts.items():
            x = torch.tensor([ids])
            logits = model(x).logits[0]
            lines.append("prompt %s %d %s" % (name, len(ids), " ".join(map(str, ids))))
            lines.append("logits %s %d %d" % (name, logits.shape[0], logits.shape[1]))
            lines += [" ".join("%.8e" % v for v in row.tolist()) for row in logits]
            seq = list(ids)
            for _ in range(GREEDY):
                last = model(torch.tensor([seq])).logits[0, -1]
                top = torch.topk(last, 2).values
                margin = (top[0] - top[1]).item()
                if margin < 1e-3:
                    raise SystemExit("greedy step of prompt %s: the two best logits are %.2e apart; "
                                     "choose another --seed" % (name, margin))
                seq.append(int(last.argmax()))
            lines.append("greedy %s %d %s" % (name, GREEDY, " ".join(map(str, seq[len(ids):]))))
        ids = prompts["a"]
        logits = half(torch.tensor([ids])).logits[0]
        lines.append("logits f16:a %d %d" % (logits.shape[0], logits.shape[1]))
        lines += [" ".join("%.8e" % v for v in row.tolist()) for row in logits]
    with open(os.path.join(a.out, "expected.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
