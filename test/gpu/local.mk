## make gpu-kit: the distribution and the libraries test/gpu/check.sh needs
## on a machine without flex, bison, autotools or the -dev packages
## (test/gpu/make_kit.sh; needs apt-get and the network).
EXTRA_DIST += test/gpu/make_kit.sh
.PHONY: gpu-kit
gpu-kit: dist-gzip
	sh $(srcdir)/test/gpu/make_kit.sh $(distdir).tar.gz gpu-kit
EXTRA_DIST += test/gpu/README
