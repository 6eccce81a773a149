#pragma once

#include "staff/Role.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace omnitill {
class StaffService;
}

namespace omnitill::ui {

class LoginPage : public QWidget
{
    Q_OBJECT
public:
    LoginPage(StaffService& staff, QWidget* parent = nullptr);
    void reset();

signals:
    void loggedIn(const omnitill::Session& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void tryLogin();
    void retranslate();

    StaffService& m_staff;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_login = nullptr;
};

} // namespace omnitill::ui
