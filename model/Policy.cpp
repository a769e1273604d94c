#include "Policy.h"

#include <QCoreApplication>

namespace urdesk {

const QuantityLimit* QuantityRule::limitFor(const QList<QuantityLimit>& limits,
                                            QStringView channel) const
{
    for (const QuantityLimit& l : limits) {
        if (l.channel == channel)
            return &l;
    }
    return nullptr;
}

double QuantityRule::allowedFor(const QuantityLimit* limit, int days)
{
    if (!limit || limit->days <= 0)
        return -1;
    return limit->quantity * days / limit->days;
}

int Policy::node(QStringView nodeId) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == nodeId)
            return int(i);
    }
    return -1;
}

QString Policy::displayName() const
{
    return QCoreApplication::translate("urdesk::Policy", "%1 %2 %3 (revision %4)")
        .arg(payer, number, title, revision);
}

QString Policy::drugName() const
{
    return drugs.isEmpty() ? QString() : drugs.first().name;
}

DrugListMask Policy::listsFor(const QString& drug, const QString& drugClass, Potency* potency) const
{
    DrugListMask mask = 0;
    Potency found = Potency::Unknown;
    const QString name = normalizedDrugName(drug);
    // Try the whole name, then shorter prefixes at word boundaries, so that
    // "tacrolimus 0.1% ointment" finds "tacrolimus 0.1%" before "tacrolimus".
    QList<QStringView> prefixes;
    for (qsizetype end = name.size(); end > 0; end = name.lastIndexOf(u' ', end - 1)) {
        prefixes.append(QStringView(name).left(end));
    }
    for (int i = 0; i < drugNames.size(); ++i) {
        const QHash<QString, Potency>& names = drugNames.at(i);
        for (QStringView prefix : prefixes) {
            const auto it = names.constFind(prefix.toString());
            if (it != names.constEnd()) {
                mask |= DrugListMask(1) << i;
                if (found == Potency::Unknown)
                    found = it.value();
                break;
            }
        }
        if (!drugClass.isEmpty() && drugListClasses.at(i).contains(drugClass))
            mask |= DrugListMask(1) << i;
    }
    if (potency)
        *potency = found;
    return mask;
}

QString Policy::nodeTitle(int index) const
{
    // "1. Mild to Moderate Atopic Dermatitis": the number and the first sentence.
    const CriterionNode& n = nodes.at(size_t(index));
    const qsizetype stop = n.text.indexOf(u". ");
    const QString heading = stop > 0 ? n.text.left(stop) : n.text;
    if (n.label.isEmpty() || heading.startsWith(n.label))
        return heading;
    return n.label + u' ' + heading;
}

QString normalizedDrugName(const QString& name)
{
    QString s = name.toCaseFolded();
    s.remove(u'®').remove(u'™');
    return s.simplified();
}

} // namespace urdesk
