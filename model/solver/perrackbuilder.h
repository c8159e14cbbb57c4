// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "perrackmodel.h"

#include <QByteArray>

#include <utility>
#include <vector>

namespace warmshell {

class Catalog;

// The per-rack model that writePerRackModel() writes, as plain rows and columns (see there).
struct PerRackModel
{
    struct Row
    {
        QByteArray name; // unique among the rows, as GLPK writes it unchanged in LP and MPS
        bool equality = false; // row = bound, else row ≤ bound
        double bound = 0;
        std::vector<std::pair<int, double>> terms; // (column from 0, coefficient)
    };
    struct Column
    {
        QByteArray name; // unique among the columns, as for rows
        bool integer = true;
        double lower = 0;
        double upper = -1; // < 0: none
        double objective = 0; // maximised
    };
    std::vector<Row> rows;
    std::vector<Column> columns;
    PerRackModelSummary summary;
};

// The per-rack model of `project` at options.date (or planStart) for the primary objective of
// `options`, rows and columns in the order the files list them. `project` must be valid.
PerRackModel buildPerRackModel(const Project &project, const Catalog &catalog, const SolveOptions &options);

} // namespace warmshell
