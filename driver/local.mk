### driver: gpt23c, the compiler's command line (front end, passes, checks)
bin_PROGRAMS += gpt23c
gpt23c_SOURCES = driver/gpt23c.c
dist_man_MANS += man/gpt23c.1
