#pragma once

#include "Fact.h"
#include "Policy.h"

#include <memory>
#include <vector>

namespace urdesk {

// The answers of one case, bound to the policy it is reviewed under: one slot a fact, in
// the policy's order. Values are checked as they are set (type, range, known options) and
// therapy entries are matched to the policy's drug lists once, not on every evaluation.
class CaseFacts final
{
public:
    explicit CaseFacts(std::shared_ptr<const Policy> policy);

    const Policy& policy() const { return *m_policy; }

    bool has(int fact) const;
    const FactValue& value(int fact) const { return m_values[size_t(fact)]; }
    // Sets an answer; returns why it was refused ("152 is above the maximum 100 %"), or an
    // empty string.
    QString set(int fact, FactValue value);
    // The same for an answer in its JSON form (docs/case-format.md): converted, then checked.
    QString setFromJson(int fact, const QJsonValue& json);
    void clear(int fact);
    int answeredCount() const;

private:
    QString check(const FactDefinition& def, FactValue& value) const;

    std::shared_ptr<const Policy> m_policy;
    std::vector<FactValue> m_values;
};

} // namespace urdesk
