// The words and identifiers of an evaluation's statuses and determinations.
#include "Evaluation.h"

#include "CachedTranslation.h"
#include "IdNames.h"

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {
constexpr IdName<Status> statusNames[] = {
    {Status::NotApplicable, u"notApplicable"},
    {Status::Met, u"met"},
    {Status::NotMet, u"notMet"},
    {Status::Missing, u"missing"},
};
} // namespace

QString statusId(Status status)
{
    return idOf(statusNames, status);
}

std::optional<Status> statusFromId(QStringView id)
{
    return valueOfId(statusNames, id);
}

QString statusText(Status status, bool conditionNotCovered)
{
    switch (status) {
    case Status::Met:
        return conditionNotCovered ? cachedTranslate("urdesk::Status", "Applies")
                                   : cachedTranslate("urdesk::Status", "Met");
    case Status::NotMet:
        return conditionNotCovered ? cachedTranslate("urdesk::Status", "Does not apply")
                                   : cachedTranslate("urdesk::Status", "Not met");
    case Status::Missing:
        return cachedTranslate("urdesk::Status", "Missing information");
    case Status::NotApplicable:
        return cachedTranslate("urdesk::Status", "Not applicable");
    }
    return {};
}

QString determinationId(Determination::Kind kind)
{
    switch (kind) {
    case Determination::Kind::Approvable:
        return u"approvable"_s;
    case Determination::Kind::Pend:
        return u"pend"_s;
    case Determination::Kind::Refer:
        return u"refer"_s;
    }
    return {};
}

} // namespace urdesk
