// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace warmshell::ui {

// One editable field of a model object: how to read and write it, how to name it in the
// Edit menu ("Undo Change power limit of Rack A-01") and its merge id. The merge id is
// unique per property (see PropertyId), so consecutive edits of the same field of the same
// object (a spin-box scrub) become one undo entry.
template <typename Object, typename Value> struct Property
{
    int mergeId;
    const char *label; // translated in the "Property" context
    Value (*get)(const Object &);
    void (*set)(Object &, const Value &);
};

// How the property command finds an object by id and writes it back through the document.
struct RackTraits
{
    using Object = Rack;
    using IdType = RackId;
    static const Rack *find(const Project &project, const RackId &id) { return project.site.rack(id); }
    static void replace(Document *document, const Rack &rack) { document->replaceRack(rack); }
};

struct HallTraits
{
    using Object = Hall;
    using IdType = HallId;
    static const Hall *find(const Project &project, const HallId &id) { return project.site.hall(id); }
    static void replace(Document *document, const Hall &hall) { document->replaceHall(hall); }
};

struct RowTraits
{
    using Object = Row;
    using IdType = RowId;
    static const Row *find(const Project &project, const RowId &id) { return project.site.row(id); }
    static void replace(Document *document, const Row &row) { document->replaceRow(row); }
};

// The site has no id (one per project); its key only names it.
struct SiteKey
{
    QString toString() const { return QStringLiteral("site"); }
    friend bool operator==(const SiteKey &, const SiteKey &) = default;
};

// Writes back only the site's settings (Document::setSiteSettings), never its floor or chains.
struct SiteTraits
{
    using Object = Site;
    using IdType = SiteKey;
    static const Site *find(const Project &project, const SiteKey &) { return &project.site; }
    static void replace(Document *document, const Site &site) { document->setSiteSettings(site); }
};

struct PowerNodeTraits
{
    using Object = PowerNode;
    using IdType = PowerNodeId;
    static const PowerNode *find(const Project &project, const PowerNodeId &id) { return project.site.power.node(id); }
    static void replace(Document *document, const PowerNode &node) { document->replacePowerNode(node); }
};

struct CoolingUnitTraits
{
    using Object = CoolingUnit;
    using IdType = CoolingUnitId;
    static const CoolingUnit *find(const Project &project, const CoolingUnitId &id)
    {
        return project.site.coolingUnit(id);
    }
    static void replace(Document *document, const CoolingUnit &unit) { document->replaceCoolingUnit(unit); }
};

struct LotTraits
{
    using Object = FleetLot;
    using IdType = LotId;
    static const FleetLot *find(const Project &project, const LotId &id)
    {
        for (const FleetLot &lot : project.fleet)
            if (lot.id == id)
                return &lot;
        return nullptr;
    }
    static void replace(Document *document, const FleetLot &lot) { document->replaceLot(lot); }
};

struct TenantTraits
{
    using Object = Tenant;
    using IdType = TenantId;
    static const Tenant *find(const Project &project, const TenantId &id)
    {
        const int index = tenantIndex(project, id);
        return index < 0 ? nullptr : &project.tenants[size_t(index)];
    }
    static void replace(Document *document, const Tenant &tenant) { document->replaceTenant(tenant); }
};

// Sets one property of one object. The value is not range-checked here: editors refuse
// values out of range before they build a command. A command whose value equals the
// current one is obsolete from the start (QUndoStack::push drops it: no undo entry); a merge
// that brings the value back to where it started makes the entry obsolete too.
template <typename Traits, typename Value> class SetPropertyCommand : public QUndoCommand
{
public:
    using Object = typename Traits::Object;
    using IdType = typename Traits::IdType;
    using PropertyType = Property<Object, Value>;

    SetPropertyCommand(
        Document *document, IdType id, const PropertyType &property, Value value, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_id(std::move(id)), m_property(property), m_new(std::move(value))
    {
        const Object *object = Traits::find(document->project(), m_id);
        Q_ASSERT(object);
        m_old = object ? property.get(*object) : m_new;
        const QString label = QCoreApplication::translate("Property", property.label);
        const QString name = object && !object->name.isEmpty() ? object->name : m_id.toString();
        setText(QCoreApplication::translate("SetPropertyCommand", "Change %1 of %2").arg(label, name));
        setObsolete(m_old == m_new);
    }

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    int id() const override { return m_property.mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SetPropertyCommand *>(other);
        if (!next || next->m_id != m_id || next->m_property.mergeId != m_property.mergeId)
            return false;
        m_new = next->m_new;
        setObsolete(m_old == m_new);
        return true;
    }

    const Value &oldValue() const { return m_old; }
    const Value &newValue() const { return m_new; }

private:
    void apply(const Value &value)
    {
        const Object *object = Traits::find(m_document->project(), m_id);
        if (!object)
            return;
        Object changed = *object;
        m_property.set(changed, value);
        Traits::replace(m_document, changed);
    }

    Document *m_document;
    IdType m_id;
    PropertyType m_property;
    Value m_old{};
    Value m_new;
};

template <typename Value> using SetRackPropertyCommand = SetPropertyCommand<RackTraits, Value>;
template <typename Value> using SetHallPropertyCommand = SetPropertyCommand<HallTraits, Value>;
template <typename Value> using SetRowPropertyCommand = SetPropertyCommand<RowTraits, Value>;
template <typename Value> using SetSitePropertyCommand = SetPropertyCommand<SiteTraits, Value>;
template <typename Value> using SetNodePropertyCommand = SetPropertyCommand<PowerNodeTraits, Value>;
template <typename Value> using SetCoolingUnitPropertyCommand = SetPropertyCommand<CoolingUnitTraits, Value>;
template <typename Value> using SetLotPropertyCommand = SetPropertyCommand<LotTraits, Value>;
template <typename Value> using SetTenantPropertyCommand = SetPropertyCommand<TenantTraits, Value>;

} // namespace warmshell::ui
