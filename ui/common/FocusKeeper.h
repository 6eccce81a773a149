#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace omnitill::ui {

// Without a window manager (the kiosk session, a bare till) nobody gives the keyboard back to the
// main window when a dialog closes, so its function keys and the scanner go nowhere until someone
// clicks. This gives it back when a dialog or message box of the window closes and no other window
// took the focus; under a window manager, which does that itself, it does nothing.
class FocusKeeper : public QObject
{
    Q_OBJECT
public:
    explicit FocusKeeper(QWidget* window);
    ~FocusKeeper() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restore();

    QPointer<QWidget> m_window;
};

} // namespace omnitill::ui
