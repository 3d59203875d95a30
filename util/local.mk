### util: the helpers every layer may use (memory, strings, files, errors,
### little-endian fields) and located diagnostics
libgpt23_a_SOURCES += util/util.h util/util.c util/le.h util/diag.h util/diag.c
