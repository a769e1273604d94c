#pragma once

#include <QString>

namespace urdesk {

// Text as a search compares it: accents taken off (é → e, ñ → n), case folded, runs of
// white space made one space. "María  LÓPEZ" and "maria lopez" fold alike, so a reviewer
// finds a member however the name was typed on the request or on the phone.
QString foldForSearch(QStringView text);

// What a case is found by, as the cases table keeps it (member_search): the member's name
// and member id, folded, on two lines so that no search term runs from one into the other.
QString memberSearchText(const QString& memberName, const QString& memberId);

} // namespace urdesk
