// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: any byte string handed to the project loader must give either a
// project or a list of problems, never a crash, hang or sanitizer finding. A project that
// loads must validate without crashing and survive save → load unchanged.
#include "catalog.h"
#include "projectfile.h"
#include "validation.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The harness's assertion: libFuzzer treats an abort as a finding and keeps the input.
#define FUZZ_ASSERT(condition, what)                                                               \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz_projectloader: %s\n", what);                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace warmshell;
    const LoadResult result = parseProject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    FUZZ_ASSERT(result.ok() != !result.errors.empty(), "a project and errors together, or neither");
    if (!result.ok())
        return 0;
    (void)validateProject(*result.project, Catalog::builtIn());
    const LoadResult again = parseProject(serializeProject(*result.project));
    FUZZ_ASSERT(again.ok() && *again.project == *result.project, "what we write, we must read back the same");
    return 0;
}
