# claimtriage — plain GNU Makefile, out-of-tree build in build/<mode>/.
#   make            release build (build/release/claimtriage)
#   make MODE=debug debug build;  make asan  (ASan+UBSan);  make check (tests under ASan+UBSan)
#   make demo | check | valgrind | fuzz | bench | install | lint | clean
MODE    ?= release
PREFIX  ?= /usr/local
VERSION := 0.1.0
CC      ?= cc
SHELL   := /bin/bash

# Debian packages the build and tests need (installed on demand, see scripts/deps.sh).
DEB_BUILD := build-essential pkg-config libgsl-dev libcmocka-dev libjansson-dev libutf8proc-dev zlib1g-dev nettle-dev

PKGS    := gsl jansson libutf8proc zlib nettle
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgsl -lgslcblas -ljansson -lutf8proc -lz -lnettle -lm)
# The CLI links GSL statically (libgsl-dev ships libgsl.a): a short run then
# skips relocating the whole shared library, which is about 0.3 ms and 0.8 MB
# of RSS a process (docs/design.md, "Start-up"). The library and the tests
# link it as pkg-config says.
GSL_STATIC := -Wl,-Bstatic -lgsl -lgslcblas -ljansson -lutf8proc -lz -lnettle -Wl,-Bdynamic -lm
CLI_LIBS   := $(if $(wildcard /usr/lib/$(shell $(CC) -print-multiarch 2>/dev/null)/libgsl.a),$(GSL_STATIC),$(PKG_LIBS))
# A release CLI is linked fully static when the static C library is there
# (libc6-dev ships libc.a): no dynamic loader at start-up, 0.2-0.4 ms a run,
# 5% of inspect on the reports file. Debug and sanitizer builds stay dynamic
# (valgrind and ASan need it). Static libgomp warns that its offloading code
# would dlopen plugins; nothing here offloads, so that one warning is dropped.
ifeq ($(MODE),release)
ifneq ($(wildcard $(shell $(CC) -print-file-name=libc.a)),)
CLI_LIBS   := -static -lgsl -lgslcblas -ljansson -lutf8proc -lz -lnettle -lm
endif
endif

WARN    := -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wvla
# The library sees its own layers (internal headers as "layer/x.h") and the
# public headers; the CLI and the tests see the public headers only
# (docs/design.md, the include rule; scripts/check_layers.sh checks it).
BASEFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) -fvisibility=hidden \
             -Iinclude -fopenmp -MMD -MP -DCT_VERSION='"$(VERSION)"'
LIB_INC := -Isrc/lib
ifeq ($(MODE),release)
  OPT := -O2 -g -DNDEBUG
else ifeq ($(MODE),debug)
  OPT := -O0 -g3
else ifeq ($(MODE),asan)
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
  $(error unknown MODE=$(MODE): use release, debug or asan)
endif
CFLAGS_ALL := $(BASEFLAGS) $(OPT) $(PKG_CFLAGS) $(CFLAGS)
LDFLAGS_ALL := $(OPT) -fopenmp $(LDFLAGS)

BUILD ?= build
B := $(BUILD)/$(MODE)
LIB_SRC := $(sort $(wildcard src/lib/*/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
UT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(B)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/%.o)
UT_BIN  := $(UT_SRC:tests/unit/%.c=$(B)/tests/%)
UT_HELP := $(B)/tests/unit/ct_test.o

# keep test objects (pattern-rule intermediates)
.SECONDARY:

.PHONY: deps-dask deps-chromium deps-peers all lib cli tests asan check layers valgrind fuzz fuzz-build bench bench-build demo install lint clean deps deps-check deps-bench
all: $(B)/claimtriage

$(B)/libclaimtriage.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	$(Q)ar rcs $@ $^
# The installed archive (make install): the same objects linked into one
# relocatable object whose only global symbols are the public API (CT_API,
# all ct_). -fvisibility=hidden marks every other name hidden, but a static
# archive ignores visibility, so internal names such as col_free or na_init
# would clash with a user's own; --localize-hidden makes them local, and the
# named OpenMP critical sections' locks (common symbols, given space by -d)
# are made local too. The CLI and the white-box tests link the archive above
# (per-object, internal names reachable). docs/DEPENDENCIES.md, "The
# installed library"; before 2026-12-04 the installed archive exported 250
# internal names: tests/cli/lib_install_names_private.
OBJCOPY ?= objcopy
$(B)/public/claimtriage.o: $(LIB_OBJ)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD -r   $@",true)
	$(Q)$(LD) -r -d -o $@.tmp $^
	$(Q)$(OBJCOPY) --localize-hidden --wildcard --localize-symbol='.gomp_critical_user_*' $@.tmp $@
	$(Q)rm -f $@.tmp
$(B)/public/libclaimtriage.a: $(B)/public/claimtriage.o
	$(Q)rm -f $@ && ar rcs $@ $<
$(B)/claimtriage: $(CLI_OBJ) $(B)/libclaimtriage.a
	@$(if $(Q),echo "  LINK    $@",true)
	$(Q)$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(B)/libclaimtriage.a $(CLI_LIBS) 2>$@.ldlog || { cat $@.ldlog >&2; exit 1; }
	@grep -v -e 'gomp_target_init' -e "Using 'dlopen' in statically linked" $@.ldlog >&2 || true; rm -f $@.ldlog
# V=1 shows full commands
Q := $(if $(V),,@)
$(B)/src/lib/%.o: src/lib/%.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<",true)
	$(Q)$(CC) $(CFLAGS_ALL) $(LIB_INC) -c $< -o $@
# Unit tests are white-box: they may test internal headers too.
$(B)/tests/unit/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<",true)
	$(Q)$(CC) $(CFLAGS_ALL) $(LIB_INC) -c $< -o $@
$(B)/%.o: %.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<",true)
	$(Q)$(CC) $(CFLAGS_ALL) -c $< -o $@
$(B)/tests/test_%: $(B)/tests/unit/test_%.o $(UT_HELP) $(B)/libclaimtriage.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS_ALL) -o $@ $< $(UT_HELP) $(B)/libclaimtriage.a $(PKG_LIBS) -lcmocka
tests: $(B)/claimtriage $(UT_BIN) $(B)/tests/fit_model $(B)/public/libclaimtriage.a
# The CLI tests of score/merge/queue-eval fit their models with this helper (through the library).
$(B)/tests/fit_model: $(B)/tests/unit/fit_model.o $(B)/libclaimtriage.a
	$(Q)$(CC) $(LDFLAGS_ALL) -o $@ $< $(B)/libclaimtriage.a $(PKG_LIBS)

# Test data: the real file is never copied, only pointed at.
CLAIMTRIAGE_DATA ?= $(abspath ../shared/data/tiktok_dataset.csv)
export CLAIMTRIAGE_DATA
# Small cases with right answers (../shared/cases/README.md); tests skip visibly when absent.
CLAIMTRIAGE_CASES ?= $(abspath ../shared/cases)
export CLAIMTRIAGE_CASES

deps-check:
	@scripts/deps.sh $(DEB_BUILD)
# Dask (Debian's python3-distributed): used only by tests/cli/dask_shards (docs/SCALING.md).
DEB_DASK := python3-distributed
deps-dask:
	@scripts/deps.sh $(DEB_DASK) || echo "deps: $(DEB_DASK) not installed; the Dask test will skip" >&2
# Chromium (Debian's chromium): renders report.html in tests/cli/report_chromium and
# prints report --pdf; the test skips visibly without it.
DEB_CHROMIUM := chromium
deps-chromium:
	@scripts/deps.sh $(DEB_CHROMIUM) || echo "deps: $(DEB_CHROMIUM) not installed; the rendering test will skip" >&2
# The statistics peers (pandas, scipy, statsmodels on Debian's python3): used only by
# tests/cli/parity_peer_files, which skips visibly without them.
DEB_PEERS := python3-pandas python3-scipy python3-statsmodels
deps-peers:
	@scripts/deps.sh $(DEB_PEERS) || echo "deps: $(DEB_PEERS) not installed; the peer parity test will skip" >&2
check: deps-check deps-dask deps-chromium deps-peers layers
	$(MAKE) --no-print-directory MODE=asan BUILD=$(BUILD) tests
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  tests/run.sh $(BUILD)/asan
asan:
	$(MAKE) --no-print-directory MODE=asan all
# The include rule: no file reaches up a layer, the CLI uses the public API.
layers:
	@scripts/check_layers.sh
valgrind: deps-check
	@scripts/deps.sh valgrind
	$(MAKE) --no-print-directory MODE=debug BUILD=$(BUILD) tests
	@CT_VALGRIND=1 tests/run.sh $(BUILD)/debug

FUZZ_TIME ?= 60
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_SRC)
	@mkdir -p build/fuzz
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -fopenmp -fsanitize=fuzzer,address,undefined \
	  -Iinclude -Isrc/lib -DCT_VERSION='"$(VERSION)"' $(LIB_SRC) $< -o $@ $(PKG_LIBS)
fuzz-build:
	@scripts/deps.sh clang libclang-rt-14-dev libomp-14-dev libgsl-dev libjansson-dev libutf8proc-dev zlib1g-dev nettle-dev
	$(MAKE) --no-print-directory $(FUZZ_BIN)
# Each target fuzzes FUZZ_TIME seconds from its seed corpus tests/fuzz/corpus/<name>/,
# on inputs of up to FUZZ_MAX_LEN bytes (FUZZ_MAX_LEN_<name> where set: the artifact
# reader's seeds are whole --json outputs, up to 35 KB); an input that runs over 10 s
# is a finding (a hang), not a wait.
FUZZ_MAX_LEN ?= 8192
FUZZ_MAX_LEN_artifact ?= 65536
FUZZ_MAX_LEN_model ?= 16384
fuzz: fuzz-build
	@set -e; $(foreach f,$(FUZZ_BIN),n=$(f:build/fuzz/fuzz_%=%); \
	  mkdir -p build/fuzz/corpus-$$n; cp -n tests/fuzz/corpus/$$n/* build/fuzz/corpus-$$n/ 2>/dev/null || true; \
	  echo "fuzzing $$n for $(FUZZ_TIME) s"; \
	  $(f) -max_total_time=$(FUZZ_TIME) -max_len=$(or $(FUZZ_MAX_LEN_$(f:build/fuzz/fuzz_%=%)),$(FUZZ_MAX_LEN)) \
	    -timeout=10 -print_final_stats=1 build/fuzz/corpus-$$n;)

# Bench drivers (bench/*_bench.c): public API only, built for bench/ and never by check.
BENCH_SRC := $(sort $(wildcard bench/*_bench.c))
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(B)/bench/%)
$(B)/bench/%: $(B)/bench/%.o $(B)/libclaimtriage.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS_ALL) -o $@ $< $(B)/libclaimtriage.a $(PKG_LIBS)
bench-build: $(BENCH_BIN)

deps-bench:
	@scripts/deps.sh hyperfine time bc python3-pandas python3-scipy python3-statsmodels python3-sklearn python3-xgboost
bench: deps-check deps-bench
	$(MAKE) --no-print-directory MODE=release all
	bench/run.sh

DEMO_DIR ?= demo-out
demo: deps-check
	$(MAKE) --no-print-directory MODE=release all
	@scripts/demo.sh build/release/claimtriage $(DEMO_DIR)

install: all $(B)/public/libclaimtriage.a
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/claimtriage
	install -m 755 $(B)/claimtriage $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(B)/public/libclaimtriage.a $(DESTDIR)$(PREFIX)/lib/
	install -m 644 include/claimtriage/*.h $(DESTDIR)$(PREFIX)/include/claimtriage/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' claimtriage.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/claimtriage.pc

lint:
	clang-format --dry-run --Werror include/claimtriage/*.h src/lib/*/*.[ch] src/cli/*.[ch]
	cppcheck --quiet --inline-suppr --error-exitcode=1 --enable=warning,performance,portability --std=c11 \
	  -Iinclude -Isrc/lib --suppress=missingIncludeSystem src

clean:
	rm -rf build demo-out

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UT_SRC:tests/unit/%.c=$(B)/tests/unit/%.d) $(UT_HELP:.o=.d) $(B)/tests/unit/fit_model.d
