#include "TrainingMode.h"
#include "StaffService.h"

#include "journal/Journal.h"
#include "store/Database.h"

#include <QJsonObject>

namespace omnitill {

void TrainingMode::start(Session& session, const QString& approverPin)
{
    if (session.training)
        return;
    const std::optional<Approval> approval = m_staff.authorize(session, Action::TrainingMode, approverPin);
    Transaction tx(m_db);
    if (approval)
        m_staff.recordApproval(session, *approval, QStringLiteral("training mode"));
    m_journal.append(QStringLiteral("training_start"), QString(), 0, QString(),
                     QJsonObject{{QStringLiteral("staff_id"), session.staffId},
                                 {QStringLiteral("approved_by"), approval ? approval->approverId : session.staffId}});
    tx.commit();
    session.training = true;
}

void TrainingMode::end(Session& session)
{
    if (!session.training)
        return;
    Transaction tx(m_db);
    m_journal.append(QStringLiteral("training_end"), QString(), 0, QString(), QJsonObject{{QStringLiteral("staff_id"), session.staffId}});
    tx.commit();
    session.training = false;
}

} // namespace omnitill
