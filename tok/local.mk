### tok: tokenizers (byte-level, GPT-2 byte-level BPE) and gpt23tok
libgpt23_a_SOURCES += tok/tok.h tok/tok.c tok/bpe.h tok/pretok.c tok/train.h tok/train.c

bin_PROGRAMS += gpt23tok
gpt23tok_SOURCES = tok/gpt23tok.c
dist_man_MANS += man/gpt23tok.1
