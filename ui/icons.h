// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace warmshell::ui {

// The icon named `name` in the freedesktop icon theme of the desktop (Breeze, Adwaita...),
// or else WarmShell's own copy of the Breeze icon of that name (resources/icons/NAME.svg,
// compiled in as :/warmshell/icons/NAME.svg). Every name used in ui/ has such a copy, so the
// icon is never null, even with no theme at all (offscreen, minimal desktops).
QIcon themeIcon(const QString &name);

// WarmShell's application icon (packaging/io.github.warmshell.WarmShell.svg, compiled in), so
// the window has it in every build, installed or not.
QIcon applicationIcon();

} // namespace warmshell::ui
