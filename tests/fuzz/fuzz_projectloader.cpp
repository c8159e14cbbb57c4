// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: any byte string handed to the project loader must give either a
// project or a list of problems, never a crash, hang or sanitizer finding. A project that
// loads must validate without crashing and survive save → load unchanged.
#include "catalog.h"
#include "projectfile.h"
#include "validation.h"

// The harness's checks are plain assert()s, kept in every build type (the fuzz build is
// RelWithDebInfo, which defines NDEBUG): libFuzzer treats the abort as a finding and keeps the
// input.
#undef NDEBUG
#include <cassert>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace warmshell;
    const LoadResult result = parseProject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    assert(result.ok() != !result.errors.empty() && "a project and errors together, or neither");
    if (!result.ok())
        return 0;
    (void)validateProject(*result.project, Catalog::builtIn());
    const LoadResult again = parseProject(serializeProject(*result.project));
    assert(again.ok() && *again.project == *result.project && "what we write, we must read back the same");
    return 0;
}
