#pragma once

#include "member/MemberService.h"

#include <QCoreApplication>

namespace omnitill::ui {

// How staff see a member: the card number and, where the member consented, the name; never the
// pseudonymous id that sales and ledgers keep.
class MemberText
{
    Q_DECLARE_TR_FUNCTIONS(MemberText)
public:
    static QString of(const MemberSummary& member);
    // For a member id from a sale: "not known at this till" when the till has no card for it.
    static QString of(MemberService& members, const QString& memberId);
};

} // namespace omnitill::ui
