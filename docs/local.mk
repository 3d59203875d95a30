### gpt23c, documentation, man pages
bin_PROGRAMS += gpt23c
gpt23c_SOURCES = passes/gpt23c.c
dist_man_MANS += man/gpt23c.1
EXTRA_DIST += README.md docs/language.md docs/architecture.md .ci/run bench
