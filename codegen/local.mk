### codegen: one renderer, a dialect table, the hand-written kernel files
libgpt23_a_SOURCES += codegen/codegen.h codegen/dialect.c codegen/render.c codegen/attention.c \
	codegen/kernels.h codegen/kernels.c
nodist_libgpt23_a_SOURCES = codegen/kernel_text.c
BUILT_SOURCES += codegen/kernel_text.c
CLEANFILES += codegen/kernel_text.c

## Every hand-written kernel file, embedded as text by the rule below (the
## prelude stays in ir/, where the float64 evaluator includes it).  A file
## is looked up by its base name (g23_kernel_text); the dialects name the
## files of their preambles (codegen/dialect.c).
G23_KERNEL_FILES = codegen/kernels/limits.h codegen/kernels/c_head.h codegen/kernels/cuda_head.cuh \
	codegen/kernels/bounds.h ir/prelude.h codegen/kernels/epilogue.h codegen/kernels/c_runtime.h \
	codegen/kernels/attention.h codegen/kernels/reduce.cuh codegen/kernels/attention.cuh \
	codegen/kernels/matmul.cuh
EXTRA_DIST += codegen/kernels/limits.h codegen/kernels/c_head.h codegen/kernels/cuda_head.cuh \
	codegen/kernels/bounds.h codegen/kernels/epilogue.h codegen/kernels/c_runtime.h \
	codegen/kernels/attention.h codegen/kernels/reduce.cuh codegen/kernels/attention.cuh \
	codegen/kernels/matmul.cuh

## The kernel files as one table {name, text} and its lookup.
codegen/kernel_text.c: $(G23_KERNEL_FILES:%=$(srcdir)/%) $(srcdir)/codegen/local.mk
	@$(MKDIR_P) codegen
	$(AM_V_GEN){ echo '/* Generated from the kernel files of codegen/local.mk; do not edit. */'; \
	  echo '#include <string.h>'; \
	  echo '#include "codegen/kernels.h"'; \
	  echo 'static const struct { const char *name, *text; } files[] = {'; \
	  for f in $(G23_KERNEL_FILES); do \
	    echo "  {\"$${f##*/}\","; \
	    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/   "/' -e 's/$$/\\n"/' $(srcdir)/$$f || exit 1; \
	    echo '  },'; \
	  done; \
	  echo '};'; \
	  echo 'const char *g23_kernel_text(const char *name) {'; \
	  echo '  for (size_t i = 0; i < sizeof files / sizeof *files; i++)'; \
	  echo '    if (strcmp(files[i].name, name) == 0) return files[i].text;'; \
	  echo '  return NULL;'; \
	  echo '}'; } > $@-t && mv $@-t $@

## every kernel file compiles on its own where it is embedded: C with
## -Wall -Wextra -Werror, CUDA with NVRTC for sm_80 and sm_90
check_PROGRAMS += test/passes/test-kernel-files
test_passes_test_kernel_files_SOURCES = test/passes/test_kernel_files.c $(TEST_CHECK) test/passes/harness.c \
	test/passes/harness.h
TESTS += test/passes/kernel_files.sh
EXTRA_DIST += test/passes/kernel_files.sh
