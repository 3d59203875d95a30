/* dump.c: --emit ir (one line per node, stable and diffable) and --emit dot.
 *
 *   %12 = add(%10, %11) : f32[16, 128, 128]  # gpt23.net:20:5
 *   %3 = param "wte" : f32[256, 64] role=param init=normal(0.02)  # gpt23.net:9:1
 *   %40 = attention(%31, %32, %33, %2) {causal=1, window=0, score=...} : f32[...]
 *
 * Only what is in the graph is printed (no addresses, no timings), so two
 * dumps of the same model diff cleanly.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

static const char *init_name(g23_init_t i) {
  switch (i) {
  case G23_INIT_NONE: return "none";
  case G23_INIT_ZEROS: return "zeros";
  case G23_INIT_ONES: return "ones";
  case G23_INIT_NORMAL: return "normal";
  case G23_INIT_CONST: return "const";
  case G23_INIT_ALIBI: return "alibi";
  }
  return "?";
}

/* The attributes of n that its op uses, as "{a=1, b=2}" (empty if none). */
static void attrs(g23_buf_t *b, const g23_node_t *n) {
  const int64_t *ia = n->iattr;
  switch (n->op) {
  case G23_OP_CONST: g23_buf_printf(b, " {value=%.9g}", n->fattr[0]); break;
  case G23_OP_POSITIONS: g23_buf_printf(b, " {length=%" PRId64 "}", ia[0]); break;
  case G23_OP_ONEHOT: g23_buf_printf(b, " {classes=%" PRId64 "}", ia[0]); break;
  case G23_OP_DROPOUT: g23_buf_printf(b, " {p=%.9g, stream=%" PRId64 "}", n->fattr[0], ia[0]); break;
  case G23_OP_CAST: g23_buf_printf(b, " {to=%s}", g23_dtype_name((g23_dtype_t)ia[0])); break;
  case G23_OP_PERMUTE:
    g23_buf_printf(b, " {perm=[");
    for (int i = 0; i < n->rank; i++) g23_buf_printf(b, "%s%" PRId64, i ? ", " : "", ia[i]);
    g23_buf_printf(b, "]}");
    break;
  case G23_OP_SLICE:
    g23_buf_printf(b, " {axis=%" PRId64 ", start=%" PRId64 ", length=%" PRId64 "}", ia[0], ia[1], ia[2]);
    break;
  case G23_OP_PAD: g23_buf_printf(b, " {axis=%" PRId64 ", start=%" PRId64 "}", ia[0], ia[1]); break;
  case G23_OP_CONCAT: g23_buf_printf(b, " {axis=%" PRId64 "}", ia[0]); break;
  case G23_OP_MATMUL:
    if (ia[0] || ia[1]) g23_buf_printf(b, " {ta=%" PRId64 ", tb=%" PRId64 "}", ia[0], ia[1]);
    break;
  case G23_OP_ATTENTION:
  case G23_OP_ATTN_BWD:
  case G23_OP_ATTN_BWD_EXTRA:
    g23_buf_printf(b, " {causal=%" PRId64 ", window=%" PRId64, ia[0], ia[1]);
    if (ia[2]) g23_buf_printf(b, ", cross=%" PRId64, ia[2]);
    if (n->fattr[0] > 0) g23_buf_printf(b, ", dropout=%.9g, stream=%" PRId64, n->fattr[0], ia[4]);
    if (n->op == G23_OP_ATTN_BWD_EXTRA) g23_buf_printf(b, ", extra=%" PRId64, ia[3]);
    if (n->score) {
      g23_buf_printf(b, ", score=");
      g23_sx_render(b, n->score, "s", "i", "j", "h", "x%d");
    }
    g23_buf_printf(b, "}");
    break;
  default: break;
  }
}

static void node_line(g23_buf_t *b, const g23_graph_t *g, int id) {
  const g23_node_t *n = &g->nodes[id];
  char sh[256];
  g23_buf_printf(b, "%%%d = %s", id, g23_ops[n->op].name);
  if (n->nin) {
    g23_buf_printf(b, "(");
    for (int k = 0; k < n->nin; k++) g23_buf_printf(b, "%s%%%d", k ? ", " : "", n->in[k]);
    g23_buf_printf(b, ")");
  }
  if (n->name) g23_buf_printf(b, " \"%s\"", n->name);
  attrs(b, n);
  g23_buf_printf(b, " : %s%s", g23_dtype_name(n->dtype), g23_shape_str(n->rank, n->shape, sh, sizeof sh));
  if (n->role != G23_ROLE_ACT) g23_buf_printf(b, " role=%s", g23_role_name(n->role));
  if (n->init != G23_INIT_NONE) {
    g23_buf_printf(b, " init=%s", init_name(n->init));
    if (n->init == G23_INIT_NORMAL || n->init == G23_INIT_CONST) g23_buf_printf(b, "(%.9g)", n->init_arg);
  }
  if (n->no_decay) g23_buf_printf(b, " no_decay");
  if (n->loc.file) g23_buf_printf(b, "  # %s:%d:%d", n->loc.file->name, n->loc.line, n->loc.col);
}

void g23_dump_ir(FILE *f, const g23_graph_t *g) {
  g23_buf_t b = {0};
  fprintf(f, "graph %s {\n", g23_graph_kind_name(g->kind));
  for (int i = 0; i < g->n; i++) {
    b.len = 0;
    node_line(&b, g, i);
    fprintf(f, "  %.*s\n", (int)b.len, b.s);
  }
  fprintf(f, "  outputs:");
  for (int k = 0; k < g->nout; k++) fprintf(f, " %%%d", g->outputs[k]);
  fprintf(f, "\n}\n");
  g23_buf_free(&b);
}

static void dot_escape(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
}

void g23_dump_dot(FILE *f, const g23_graph_t *g) {
  static const char *const colors[G23_ROLE_COUNT] = {
      "white", "lightblue", "lightblue", "lightcyan", "palegreen", "khaki", "lightgrey", "plum", "salmon", "thistle"};
  fprintf(f, "digraph %s {\n  node [shape=box, style=filled, fontname=\"monospace\"];\n",
          g23_graph_kind_name(g->kind));
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    char sh[256];
    fprintf(f, "  n%d [label=\"%%%d %s", i, i, g23_ops[n->op].name);
    if (n->name) {
      fprintf(f, "\\n");
      dot_escape(f, n->name);
    }
    fprintf(f, "\\n%s%s\", fillcolor=%s];\n", g23_dtype_name(n->dtype), g23_shape_str(n->rank, n->shape, sh, sizeof sh),
            (unsigned)n->role < G23_ROLE_COUNT ? colors[n->role] : "white");
    for (int k = 0; k < n->nin; k++) fprintf(f, "  n%d -> n%d;\n", n->in[k], i);
  }
  fprintf(f, "}\n");
}
