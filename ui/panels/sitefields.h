// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "propertyfield.h"

#include <vector>

namespace warmshell::ui {

// The property editor's pages of the site (its settings and thermal model), a hall (name,
// origin and size in metres, what it holds) and a row (name, containment, its racks): one
// Field each, every write a SetPropertyCommand.
std::vector<PropertyEditor::Field> siteFields();
std::vector<PropertyEditor::Field> hallFields(const HallId &id);
std::vector<PropertyEditor::Field> rowFields(const RowId &id);

} // namespace warmshell::ui
