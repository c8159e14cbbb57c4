// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/setpropertycommand.h"
#include "propertyeditor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

class QUndoCommand;

namespace warmshell::ui {

// One row of the form. `read` gives the text to show (for a choice: the chosen key);
// `write` turns a parsed, range-checked value into a command (null: nothing to do).
struct PropertyEditor::Field
{
    enum Type { Text, Currency, Number, Integer, Date, OptionalDate, Choice, ReadOnly };

    QString key;
    QString label;
    Type type = Text;
    const FieldRange *range = nullptr;
    std::function<QString(const Project &)> read;
    std::function<QUndoCommand *(Document *, const QVariant &)> write;
    std::function<QList<std::pair<QString, QString>>(const Project &)> choices; // key, text
    // Whether the field means anything for the subject as it now is (the modules of an N+1
    // scheme, the power factor of a kVA rating); null: always. A field that does not apply is
    // hidden, label, editor and message.
    std::function<bool(const Project &)> applies{};
    // Optional: what `read` gives for each of several subjects `ids`, from one pass over the
    // project (for a field whose read alone would search the whole site).
    std::function<QStringList(const Project &, const QStringList &ids)> readAll;
    // Optional: the catalog's typical values for the subject as it now is. The editor offers
    // them under a "Typical" button beside the field, each with its source; choosing one is
    // an edit like typing it (one undo step). Never applied by itself.
    struct TypicalValue
    {
        QString text; // "UPS, double conversion: 96 % (94–97 %) [R]"
        double value = 0; // in the unit the field shows (percent for an efficiency)
        QString source; // "[R] Schneider Electric White Paper 157 … — note"
    };
    std::function<std::vector<TypicalValue>(const Project &)> typical{};
    // Optional: one command that sets the value on every subject of `ids` at once (one undo
    // step), for a field whose per-subject commands would each start from the same project
    // and undo one another (a reservation list swapped whole); null: `write` per subject.
    std::function<QUndoCommand *(Document *, const QStringList &ids, const QVariant &)> writeAll{};
};

// What the field tables of the property editor share (propertyeditor.cpp, sitefields.cpp).
namespace propertyfield {

// `text` translated in the "warmshell::ui" context, which lupdate gives the field tables
// (free functions of namespace warmshell::ui).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// `v` as a field shows it: the locale's digits without group separators, so the editor's
// parser reads the text back as is.
QString number(double v);

// The keys of enum E (enumkeys.h) as choices: key, text.
template <typename E> QList<std::pair<QString, QString>> enumChoices()
{
    QList<std::pair<QString, QString>> out;
    for (const auto &[value, key] : enumKeys(E{}))
        out.append({ QString::fromLatin1(key), QString::fromLatin1(key) });
    return out;
}

// The "Name" field of object `id` of the kind `Traits` names (setpropertycommand.h), written
// through `property` as one SetPropertyCommand; it reads empty once the object is gone.
template <typename Traits>
PropertyEditor::Field nameField(typename Traits::IdType id, const Property<typename Traits::Object, QString> &property)
{
    return { QStringLiteral("name"), QCoreApplication::translate("warmshell::ui", "Name"), PropertyEditor::Field::Text,
        nullptr,
        [id, property](const Project &p) {
            const auto *object = Traits::find(p, id);
            return object ? property.get(*object) : QString();
        },
        [id, property](Document *d, const QVariant &v) {
            return new SetPropertyCommand<Traits, QString>(d, id, property, v.toString());
        } };
}

} // namespace propertyfield

} // namespace warmshell::ui
