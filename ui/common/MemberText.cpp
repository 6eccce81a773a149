#include "MemberText.h"

namespace omnitill::ui {

QString MemberText::of(const MemberSummary& member)
{
    if (member.cardCode.isEmpty())
        return tr("a member not yet known at this till");
    if (member.name.isEmpty())
        return tr("card %1").arg(member.cardCode);
    return tr("%1 (card %2)").arg(member.name, member.cardCode);
}

QString MemberText::of(MemberService& members, const QString& memberId)
{
    const std::optional<MemberSummary> member = members.summary(memberId);
    return member ? of(*member) : tr("a member not known at this till");
}

} // namespace omnitill::ui
