#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace omnitill::ui {

// Asks a supervisor or manager for their PIN to approve one action.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(const QString& reason, QWidget* parent = nullptr);
    QString pin() const;

    // Runs op without approval; when a core service answers that an approval is needed, asks for
    // a PIN and runs op again with it. Other refusals are returned as text (empty on success).
    static QString runWithApproval(QWidget* parent, const std::function<void(const QString& approverPin)>& op);

private:
    QLineEdit* m_pin = nullptr;
};

} // namespace omnitill::ui
