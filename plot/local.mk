### gpt23plot: loss curves of training logs as SVG
bin_PROGRAMS += gpt23plot
gpt23plot_SOURCES = plot/gpt23plot.c
gpt23plot_LDADD =
dist_man_MANS += man/gpt23plot.1

## a log written by a short training run, drawn; the SVG checked as XML and
## for the curves it must hold
TESTS += test/cli/plot.sh
EXTRA_DIST += test/cli/plot.sh
