// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "catalog.h"

namespace warmshell {

const SystemModel *Project::model(const SystemModelId &id, const Catalog &builtIn) const
{
    for (const SystemModel &m : customModels)
        if (m.id == id)
            return &m;
    return builtIn.find(id);
}

} // namespace warmshell
