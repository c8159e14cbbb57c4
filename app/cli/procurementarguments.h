// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandoption.h"
#include "procurement/procurementinput.h"

#include <QString>

#include <vector>

namespace warmshell {
struct Project;
}

namespace warmshell::cli {

class Arguments;

// The procurement question as the command line states it (docs/procurement.md): --budget,
// --candidates, --horizon, --lead-time, --discount, the objective (compute|net) and --value.
// procure and report read it with the same functions; report names the objective option
// "procurement-objective", as its own --objective is the solve's.
struct ProcurementArguments
{
    // One --candidates entry before the project resolves its model: ID[:LEAD[:PER_QUARTER]].
    struct CandidateWord
    {
        QString name;
        int lead = -1; // -1: --lead-time
        int perQuarter = -1; // -1: no limit but the budget
    };

    ProcurementInput input; // without candidates until resolveProcurementCandidates()
    std::vector<CandidateWord> candidates;
    int defaultLead = 2;
};

// The options above, the objective under the name `objectiveOption`.
CommandOptions procurementQuestionOptions(const char *objectiveOption);

// Whether any option of the question is on the command line.
bool anyProcurementOption(const Arguments &arguments, const char *objectiveOption);

// Reads the question into `a`; --budget and --candidates are needed. Returns the first usage
// error, naming the option, or empty.
QString readProcurementQuestion(const Arguments &arguments, const char *objectiveOption, ProcurementArguments &a);

// Resolves the candidate words against `project` (a model id, else the one model of that
// generation) into a.input.candidates with their catalog prices and lead times. Returns the
// usage error, or empty.
QString resolveProcurementCandidates(ProcurementArguments &a, const Project &project);

} // namespace warmshell::cli
