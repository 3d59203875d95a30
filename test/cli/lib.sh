# lib.sh: shared by the gpt23run end-to-end tests (sourced).
#
# Each test writes its tiny model and data into a fresh temporary directory,
# compiles the model with gpt23c and runs gpt23run on 2 threads.
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
GPT23C="$top_builddir/gpt23c"
GPT23RUN="$top_builddir/gpt23run"
[ -x "$GPT23C" ] && [ -x "$GPT23RUN" ] || { echo "gpt23c/gpt23run not built" >&2; exit 99; }
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-cli.XXXXXX") || exit 99
# bg: the pid of a background gpt23run, never left running
bg=
trap '[ -n "$bg" ] && kill -9 $bg 2>/dev/null; rm -rf "$T"' EXIT
RUN() { "$GPT23RUN" "$@" --threads 2; }
# make check runs tests side by side on few cores: spinning OpenMP threads
# would then slow every test down several times over.
OMP_WAIT_POLICY=passive
export OMP_WAIT_POLICY

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# compile MODEL PLAN [gpt23c options]
compile() {
  m=$1 p=$2
  shift 2
  "$GPT23C" "$m" -o "$p" -I "$top_srcdir/models" "$@" || fail "gpt23c $m $*"
}

# expect_fail STATUS PATTERN CMD...: CMD exits with STATUS and its stderr
# contains PATTERN (a grep -E expression).
expect_fail() {
  want=$1 pat=$2
  shift 2
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  [ "$got" = "$want" ] || { cat "$T/err" >&2; fail "exit status $got, expected $want: $*"; }
  grep -Eq -- "$pat" "$T/err" || { cat "$T/err" >&2; fail "no '$pat' in the error of: $*"; }
}

# A small causal language model over bytes: embedding, learned positions,
# N attention + MLP blocks, tied output projection.
write_lm() {
  cat >"$1" <<'NET'
include "std.net"

hparams {
  vocab = 256
  max_seq_length = 32
  d_model = 32
  n_head = 2
  n_layer = 2
  dropout = 0.0
  batch = 16
  seq = max_seq_length
}

input  tokens : i32[batch, seq]
target next   : i32[batch, seq]

embed = embedding(tokens, vocab, d_model)
x = dropout(embed + learned_positions(embed), dropout)
repeat n_layer {
  x = x + causal_self_attention(layernorm(x), heads = n_head, dropout = dropout)
  x = x + feed_forward(layernorm(x), hidden = 4 * d_model, dropout = dropout)
}
logits = project(layernorm(x), vocab, tied = embed)
loss cross_entropy(logits, next)
generate from logits
NET
}

# copy_data FILE N SEED: N records "w=w\n", w six random letters of abcd.
# Predicting the second copy needs attention 7 positions back.
copy_data() {
  awk -v n="$2" -v seed="$3" 'BEGIN {
    srand(seed)
    for (i = 0; i < n; i++) {
      w = ""
      for (k = 0; k < 6; k++) w = w substr("abcd", int(rand() * 4) + 1, 1)
      printf "%s=%s\n", w, w
    }
  }' >"$1"
}

# theme_data FILE N SEED: N lines of 15 letters, each line drawn from its
# own random pair of the letters a-h.  The current letter alone leaves the
# next one open among 8 (loss >= 1.8 per token); the letters seen earlier in
# the line narrow it to the pair (about 0.85): attention is needed.
theme_data() {
  awk -v n="$2" -v seed="$3" 'BEGIN {
    srand(seed)
    for (i = 0; i < n; i++) {
      a = int(rand() * 8)
      do b = int(rand() * 8); while (b == a)
      s = ""
      for (k = 0; k < 15; k++) s = s substr("abcdefgh", (rand() < 0.5 ? a : b) + 1, 1)
      print s
    }
  }' >"$1"
}

# The loss, lr and grad_norm of every step of a JSON-lines log (the
# timings differ from run to run).
step_losses() {
  grep '"loss"' "$1" | sed 's/,"ms".*//'
}

# copy_examples N: N lines "w<TAB>w", w 1 to 20 random letters of a-h (the
# examples of test/models/copy.net), the same every time
copy_examples() {
  awk -v n="$1" 'BEGIN {
    srand(17)
    for (i = 0; i < n; i++) {
      len = 1 + int(rand() * 20); w = ""
      for (k = 0; k < len; k++) w = w substr("abcdefgh", int(rand() * 8) + 1, 1)
      printf "%s\t%s\n", w, w
    }
  }'
}
