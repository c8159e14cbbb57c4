// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace warmshell::ui {

// The user guide's folder relative to the folder of the executable: the same in the install
// layout (bin/warmshell, share/warmshell/user-guide/, installed by docs/CMakeLists.txt) and in
// the build tree (app/warmshell, share/warmshell/user-guide/, copied there at configure time).
inline constexpr char kUserGuideRelativePath[] = "../share/warmshell/user-guide/user-guide.md";

// The absolute path of docs/user-guide.md as installed next to the executable in `appDir`
// (kUserGuideRelativePath), or an empty string when no such file exists.
QString userGuideFile(const QString &appDir = QCoreApplication::applicationDirPath());

// Help → User Guide: shows the guide `file` (userGuideFile() by default) in a window of its
// own (the Markdown rendered with its pictures), or, when `file` is empty, says where the guide
// was looked for. The window belongs to `parent` (deleted with it or when closed); returns it,
// or nullptr when there is no guide.
QWidget *showUserGuide(QWidget *parent, const QString &file = userGuideFile());

} // namespace warmshell::ui
