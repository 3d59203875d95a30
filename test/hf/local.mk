### Hugging Face GPT-2 checkpoints: names tables, F16, logits against transformers
## hf-check: a plan loaded from a checkpoint against transformers' logits and
## greedy tokens (fixtures written on demand by make_gpt2_fixture.py)
check_PROGRAMS += test/hf/hf-check
test_hf_hf_check_SOURCES = test/hf/hf_check.c $(TEST_CHECK)
HF_TESTS = test/hf/gpt2.sh test/hf/lm_to_classifier.sh
TESTS += $(HF_TESTS)
test/hf/gpt2.sh.log test/hf/gpt2.log: test/hf/hf-check$(EXEEXT)
EXTRA_DIST += $(HF_TESTS) test/hf/make_gpt2_fixture.py test/hf/check_transformers.py \
	test/hf/fixtures/expected.txt test/hf/fixtures/gpt2_tiny/config.json \
	test/hf/fixtures/gpt2_tiny/generation_config.json test/hf/fixtures/gpt2_tiny/model.safetensors \
	test/hf/fixtures/gpt2_tiny_f16.safetensors
