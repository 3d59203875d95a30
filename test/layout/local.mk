### the layers: every include of the sources runs one way (the table in
### test/layout/includes.sh); the check itself fails on planted includes
TESTS += test/layout/includes_test.sh
EXTRA_DIST += test/layout/includes_test.sh test/layout/includes.sh
