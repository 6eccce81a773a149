#pragma once

#include "staff/Role.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace omnitill {
class ShiftService;
class StoreSettings;
} // namespace omnitill

namespace omnitill::ui {

// Opening a shift: the cashier counts the float in the drawer.
class ShiftOpenPage : public QWidget
{
    Q_OBJECT
public:
    ShiftOpenPage(ShiftService& shifts, StoreSettings& settings, QWidget* parent = nullptr);
    void setSession(const Session& session);

signals:
    void shiftOpened();
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openShift();
    void retranslate();

    ShiftService& m_shifts;
    StoreSettings& m_settings;
    Session m_session;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_float = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_logout = nullptr;
};

} // namespace omnitill::ui
