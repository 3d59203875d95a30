### documentation, the benchmarks (make bench), the demo's plot
EXTRA_DIST += README.md docs/language.md docs/architecture.md docs/distributed.md docs/demo-loss.svg .ci/run deps.sh demo.sh demo-bpe.sh demo-translate.sh examples/dates.sh check.sh bench/run.sh bench/torch_baseline.py bench/torch_mm.py bench/torch_decode.py bench/scaling.py bench/allreduce.sh bench/allreduce.c bench/README.md \
  bench/results/scaling.csv bench/results/scaling.png bench/results/scaling.txt

## benchmarks: built on demand (make bench), never part of make check
EXTRA_PROGRAMS = bench/bench_train bench/sgemm
bench_bench_train_SOURCES = bench/bench_train.c bench/sgemm_time.h
bench_sgemm_SOURCES = bench/sgemm.c bench/sgemm_time.h
## the MPI all-reduce at gradient sizes (bench/allreduce.sh): with Open MPI only
if HAVE_MPI
EXTRA_PROGRAMS += bench/allreduce
bench_allreduce_SOURCES = bench/allreduce.c
bench_allreduce_CFLAGS = $(AM_CFLAGS) $(MPI_CFLAGS)
bench_allreduce_LDADD = $(MPI_LIBS)
endif
CLEANFILES += $(EXTRA_PROGRAMS)
bench: bench/bench_train$(EXEEXT) bench/sgemm$(EXEEXT)
	$(SHELL) $(srcdir)/bench/run.sh
.PHONY: bench

## The loss curves of demo.sh's run, for the README: run `bash demo.sh`,
## then `make demo-plot`.
demo-plot: gpt23plot$(EXEEXT)
	@test -f run/train.jsonl || { echo "no run/train.jsonl: run 'bash demo.sh' first" >&2; exit 1; }
	./gpt23plot run/train.jsonl -o $(srcdir)/docs/demo-loss.svg \
	  --title "demo.sh: models/gpt23.net on fortunes (2 cores)"
.PHONY: demo-plot
