// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command-line name of the standard streams, "-", as the one reader and the one writer of
// files understand it (a header of its own, so that the many files that include inputfile.h and
// outputfile.h do not depend on it):
// - readInputFile("-") reads standard input, bounded as a file is, named "standard input" in
//   messages, and refuses a terminal ("standard input is a terminal; pipe a file into it or name
//   the FILE"), nothing ("standard input is empty") and more than maxBytes ("standard input:
//   more than 256 MiB; ...", after reading at most maxBytes + 1 bytes: /dev/zero takes well under
//   a second). Standard input can be read only once; a second read finds it empty.
// - OutputFile("-") writes standard output directly, whatever it is (the shell opened it, so it
//   cannot be replaced atomically), every write checked; messages call it "standard output".
// - OutputGuard::inputs may hold "-": standard input, compared with the target by device and
//   inode like any input, so "the output is the input" holds through the standard streams.
// No dialog gives "-" (they give absolute paths); a file named "-" is reached as "./-".
namespace warmshell {

inline constexpr char kStandardStreamName[] = "-";

} // namespace warmshell
