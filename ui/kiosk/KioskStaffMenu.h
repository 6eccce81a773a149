#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace omnitill::ui {

// What staff can do at a kiosk once their PIN is in: switch the station between ordering and
// self-checkout, settle interrupted card payments, test the printer, sync, and leave the kiosk
// (supervisors and managers only).
class KioskStaffMenu : public QWidget
{
    Q_OBJECT
public:
    explicit KioskStaffMenu(QWidget* parent = nullptr);

    // mayExit: a supervisor or manager, who may also close the kiosk's day.
    void present(const QString& staffName, bool mayExit, bool selfCheckout, int openPayments, const QString& status);
    void setStatus(const QString& status);

signals:
    void backRequested();
    void selfCheckoutToggled();
    void settlePaymentsRequested();
    void testPrintRequested();
    void syncRequested();
    void closeDayRequested();
    void exitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(int columns);
    void retranslate();

    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_buttons;
    int m_columns = 0;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_selfCheckout = nullptr;
    QPushButton* m_settle = nullptr;
    QPushButton* m_testPrint = nullptr;
    QPushButton* m_sync = nullptr;
    QPushButton* m_closeDay = nullptr;
    QPushButton* m_exit = nullptr;
    QString m_staff;
    bool m_mayExit = false;
    bool m_selfCheckoutOn = false;
    int m_openPayments = 0;
};

} // namespace omnitill::ui
