// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace warmshell {
struct NetBoxServer;
}

// What each command's file (validatecommand.cpp, solvecommand.cpp, ...) gives the table: its
// --help text, the options its command line may hold and the command itself. A new command is
// a new NAMEcommand.cpp with these three, declared here, one row in commandtable.cpp and the
// file in app/CMakeLists.txt; its help, man page and completion follow from the row.
namespace warmshell::cli {

QString validateUsage();
CommandOptions validateOptions();
int runValidate(const Invocation &in);

QString catalogUsage();
CommandOptions catalogOptions();
int runCatalog(const Invocation &in);

QString solveUsage();
CommandOptions solveOptions();
int runSolve(const Invocation &in);

QString modelUsage();
CommandOptions modelOptions();
int runModel(const Invocation &in);

QString exportUsage();
CommandOptions exportOptions();
int runExport(const Invocation &in);

QString exportNetBoxUsage();
CommandOptions exportNetBoxOptions();
int runExportNetBox(const Invocation &in);
// --url, --token-file (read here), --ca-bundle and --timeout into `server`, and the files they
// name into `serverFiles` (never to be written over); a usage error message, or empty.
QString readNetBoxServer(const Arguments &arguments, NetBoxServer &server, QStringList &serverFiles);
// The options readNetBoxServer reads.
CommandOptions netBoxServerOptions();
QString importNetBoxUsage();
CommandOptions importNetBoxOptions();
int runImportNetBox(const Invocation &in);

QString reportUsage();
CommandOptions reportOptions();
int runReport(const Invocation &in);

QString timelineUsage();
CommandOptions timelineOptions();
int runTimeline(const Invocation &in);

QString compareUsage();
CommandOptions compareOptions();
int runCompare(const Invocation &in);

QString scenariosUsage();
CommandOptions scenariosOptions();
int runScenarios(const Invocation &in);

QString contingenciesUsage();
CommandOptions contingenciesOptions();
int runContingencies(const Invocation &in);

QString procureUsage();
CommandOptions procureOptions();
int runProcure(const Invocation &in);

QString riskUsage();
CommandOptions riskOptions();
int runRisk(const Invocation &in);

QString maintenanceUsage();
CommandOptions maintenanceOptions();
int runMaintenance(const Invocation &in);

QString measuredUsage();
CommandOptions measuredOptions();
int runMeasured(const Invocation &in);

} // namespace warmshell::cli
