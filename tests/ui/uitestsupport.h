// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elevation/rackelevation.h"
#include "ids.h"
#include "panels/propertyeditor.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

// Helpers shared by the widget tests.
namespace warmshell::uitest {

// Types `text` into the property field `key` of `editor` as a person does (focus, select all,
// type, Return); false when the field is not a line edit.
inline bool typeIntoProperty(ui::PropertyEditor *editor, const QString &key, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(editor->editor(key));
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    return true;
}

// The window size of the documentation's pictures: $WARMSHELL_SCREENSHOT_SIZE ("WIDTHxHEIGHT",
// set by ./dev screenshots), 1366 × 768 by default.
inline QSize screenshotSize()
{
    const QStringList parts = qEnvironmentVariable("WARMSHELL_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
    return size.isValid() && !size.isEmpty() ? size : QSize(1366, 768);
}

// Points QSettings at a new empty folder, so what follows runs with fresh settings (no saved
// window layout, no dismissed hints), as on a first launch. The folder lives as long as the
// returned object.
inline std::unique_ptr<QTemporaryDir> useFreshSettings()
{
    auto dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir->path());
    return dir;
}

// Saves a grab of `widget` as `name` in $WARMSHELL_SCREENSHOT_DIR; nothing when it is unset.
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WARMSHELL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

// Drags system model `model` onto the centre of `target` and drops it there, as a drag from
// the rack elevation's catalog list does. The drag must be accepted.
inline void dropSystemModel(QWidget *target, const SystemModelId &model)
{
    QMimeData data;
    data.setData(QLatin1String(ui::kSystemModelMimeType), model.toString().toUtf8());
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

// Clicks `button` of the next QMessageBox that becomes the active modal widget (polling every
// 10 ms); `text` receives the box's text, so a caller can tell whether it was asked at all.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start(10);
}

} // namespace warmshell::uitest
