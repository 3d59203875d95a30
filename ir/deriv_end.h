/* deriv_end.h: ends an instantiation of ops.def's DERIV templates.
 *
 * A file that reads the templates defines G, Y, X0 X1 X2, N, U, B, T,
 * SAME, LIKE, NONE, D, D3, DK and NODIFF for its own builder (autodiff.c:
 * IR nodes; sexpr.c: score expressions), includes ops.def with X and E,
 * then includes this file, so that the next instantiation starts clean.
 * No include guard: it is included once per instantiation. */
#undef X
#undef E
#undef G
#undef Y
#undef X0
#undef X1
#undef X2
#undef N
#undef U
#undef B
#undef T
#undef SAME
#undef LIKE
#undef NONE
#undef D
#undef D3
#undef DK
#undef NODIFF
