#include "ApprovalDialog.h"

#include "NumericKeypad.h"
#include "common/DomainError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace omnitill::ui {

ApprovalDialog::ApprovalDialog(const QString& reason, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approval needed"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(reason + QLatin1Char('\n') + tr("A supervisor or manager enters their PIN:"), this);
    label->setObjectName(QStringLiteral("approvalReasonLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("approvalPinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    layout->addWidget(m_pin);
    auto* keypad = new NumericKeypad(this);
    keypad->setTarget(m_pin);
    connect(keypad, &NumericKeypad::enterPressed, this, &QDialog::accept);
    layout->addWidget(keypad);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ApprovalDialog::pin() const
{
    return m_pin->text();
}

QString ApprovalDialog::runWithApproval(QWidget* parent, const std::function<void(const QString&)>& op)
{
    try {
        op(QString());
        return {};
    } catch (const DomainError& e) {
        if (e.code() != QLatin1String("auth.approval_required"))
            return e.message();
        ApprovalDialog dialog(e.message(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return tr("Cancelled: no approval");
        try {
            op(dialog.pin());
            return {};
        } catch (const DomainError& again) {
            return again.message();
        }
    }
}

} // namespace omnitill::ui
