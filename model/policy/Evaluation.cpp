// The words and identifiers of an evaluation's statuses and determinations.
#include "Evaluation.h"

#include "CachedTranslation.h"

using namespace Qt::StringLiterals;

namespace urdesk {

QString statusId(Status status)
{
    switch (status) {
    case Status::NotApplicable:
        return u"notApplicable"_s;
    case Status::Met:
        return u"met"_s;
    case Status::NotMet:
        return u"notMet"_s;
    case Status::Missing:
        return u"missing"_s;
    }
    return {};
}

std::optional<Status> statusFromId(QStringView id)
{
    for (Status s : {Status::NotApplicable, Status::Met, Status::NotMet, Status::Missing}) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
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
