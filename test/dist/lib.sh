# lib.sh: sourced by the tests that start processes with mpirun, after
# test/cli/lib.sh.  Skips (77) without mpirun or without the MPI module,
# and sets the environment every mpirun of the tests needs.
command -v mpirun >/dev/null 2>&1 || { echo "no mpirun: skipped"; exit 77; }
[ -f "$top_builddir/gpt23-mpi.so" ] || { echo "gpt23 was built without MPI: skipped"; exit 77; }
# make check runs as root in CI; Open MPI refuses that unless told
OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_ALLOW_RUN_AS_ROOT OMPI_ALLOW_RUN_AS_ROOT_CONFIRM
# Open MPI's own allocations outlive MPI_Finalize: under AddressSanitizer
# (make distcheck) these runs check memory errors, not leaks.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
