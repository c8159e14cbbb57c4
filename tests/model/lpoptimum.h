// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glpk.h>

#include <QString>

#include <cmath>

namespace warmshell::test {

// The optimum of a CPLEX LP file (a per-rack model written for other solvers), read and solved
// by GLPK itself to proven optimality with its preprocessor; NaN when it has none (infeasible)
// or the file does not read.
inline double glpkOptimum(const QString &fileName)
{
    glp_term_out(GLP_OFF);
    glp_prob *p = glp_create_prob();
    double value = std::nan("");
    if (glp_read_lp(p, nullptr, fileName.toLocal8Bit().constData()) == 0) {
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.mip_gap = 0;
        if (glp_intopt(p, &parm) == 0 && glp_mip_status(p) == GLP_OPT)
            value = glp_mip_obj_val(p);
    }
    glp_delete_prob(p);
    return value;
}

} // namespace warmshell::test
