### tok: tokenizers (byte-level, GPT-2 byte-level BPE)
libgpt23_a_SOURCES += tok/tok.h tok/tok.c
libgpt23_a_SOURCES += tok/shard.h tok/shard.c
