#include "CaseRecord.h"

#include "IdNames.h"
#include "Policy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace urdesk {

namespace {
constexpr IdName<CaseStatus> statusNames[] = {
    {CaseStatus::New, u"new"},           {CaseStatus::InReview, u"inReview"},
    {CaseStatus::Pended, u"pended"},     {CaseStatus::Referred, u"referred"},
    {CaseStatus::Approved, u"approved"}, {CaseStatus::PartiallyApproved, u"partiallyApproved"},
    {CaseStatus::Denied, u"denied"},     {CaseStatus::Withdrawn, u"withdrawn"},
};
} // namespace

QString caseStatusId(CaseStatus status)
{
    return idOf(statusNames, status);
}

std::optional<CaseStatus> caseStatusFromId(QStringView id)
{
    return valueOfId(statusNames, id);
}

QString caseStatusText(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return QCoreApplication::translate("urdesk::CaseStatus", "New");
    case CaseStatus::InReview:
        return QCoreApplication::translate("urdesk::CaseStatus", "In review");
    case CaseStatus::Pended:
        return QCoreApplication::translate("urdesk::CaseStatus", "Pended for information");
    case CaseStatus::Referred:
        return QCoreApplication::translate("urdesk::CaseStatus", "Referred to medical director");
    case CaseStatus::Approved:
        return QCoreApplication::translate("urdesk::CaseStatus", "Approved");
    case CaseStatus::PartiallyApproved:
        return QCoreApplication::translate("urdesk::CaseStatus", "Partially approved");
    case CaseStatus::Denied:
        return QCoreApplication::translate("urdesk::CaseStatus", "Denied");
    case CaseStatus::Withdrawn:
        return QCoreApplication::translate("urdesk::CaseStatus", "Withdrawn");
    }
    return {};
}

QStringList lineOfBusinessIds()
{
    return {u"commercial"_s, u"medicarePartD"_s, u"medicaid"_s};
}

QString lineOfBusinessText(QStringView id)
{
    if (id == u"commercial")
        return QCoreApplication::translate("urdesk::LineOfBusiness", "Commercial");
    if (id == u"medicarePartD")
        return QCoreApplication::translate("urdesk::LineOfBusiness", "Medicare Part D");
    if (id == u"medicaid")
        return QCoreApplication::translate("urdesk::LineOfBusiness", "Medicaid");
    return id.toString();
}

QStringList urgencyIds()
{
    return {u"standard"_s, u"expedited"_s};
}

QString urgencyText(QStringView id)
{
    if (id == u"standard")
        return QCoreApplication::translate("urdesk::Urgency", "Standard");
    if (id == u"expedited")
        return QCoreApplication::translate("urdesk::Urgency", "Expedited");
    return id.toString();
}

bool isOpen(CaseStatus status)
{
    return status == CaseStatus::New || status == CaseStatus::InReview ||
           status == CaseStatus::Pended || status == CaseStatus::Referred;
}

bool canMove(CaseStatus from, CaseStatus to)
{
    using S = CaseStatus;
    if (to == S::Withdrawn)
        return isOpen(from);
    switch (from) {
    case S::New:
        return to == S::InReview;
    case S::InReview:
        return to == S::Pended || to == S::Referred || to == S::Approved;
    case S::Pended: // information arrived: back to review
        return to == S::InReview;
    case S::Referred: // a medical director decides, or sends it back
        return to == S::InReview || to == S::Pended || to == S::Approved ||
               to == S::PartiallyApproved || to == S::Denied;
    case S::Approved:
    case S::PartiallyApproved:
    case S::Denied:
    case S::Withdrawn:
        return false; // decided: an appeal is a new case
    }
    return false;
}

Answers intakeAnswers(const Intake& intake)
{
    Answers answers;
    if (intake.memberBirthDate.isValid())
        answers.append({u"member.birthDate"_s, intake.memberBirthDate.toString(Qt::ISODate)});
    if (!intake.requestType.isEmpty())
        answers.append({u"request.type"_s, intake.requestType});
    if (!intake.prescriberSpecialty.isEmpty())
        answers.append({u"prescriber.specialty"_s, intake.prescriberSpecialty});
    if (intake.quantity)
        answers.append({u"request.quantity"_s, *intake.quantity});
    if (intake.daysSupply)
        answers.append({u"request.daysSupply"_s, double(*intake.daysSupply)});
    if (!intake.channel.isEmpty())
        answers.append({u"request.channel"_s, intake.channel});
    return answers;
}

QString factSourceId(FactSource source)
{
    switch (source) {
    case FactSource::Entered:
        return u"entered"_s;
    case FactSource::CarriedOver:
        return u"carriedOver"_s;
    case FactSource::Imported:
        return u"imported"_s;
    }
    return {};
}

QHash<int, bool> judgedCriteria(const Policy& policy, const QList<CriterionOverride>& overrides)
{
    QHash<int, bool> judged;
    for (const CriterionOverride& o : overrides)
        judged.insert(policy.node(o.criterionId), o.met);
    judged.remove(-1);
    return judged;
}

} // namespace urdesk
